package app.hallway.leaders.ao;

import app.hallway.leaders.Interaction;
import app.hallway.leaders.InteractionHistory;
import app.hallway.leaders.InteractionType;
import app.hallway.leaders.PersonalInteractions;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Consumer;
import net.java.ao.Query;

/**
 * The opinion-leader report's reading of the interaction log that {@link AoInteractions} writes. Millions of
 * rollups cannot be read in one query ({@code stream()} is not a cursor: the driver buffers the whole result),
 * so every read goes in keyset pages of {@value #PAGE} rows by primary key, selecting only the columns needed,
 * and hands each row on as it is read: memory stays at one page whatever the size of the log.
 */
@Named
public final class AoInteractionHistory implements InteractionHistory, PersonalInteractions {
    static final int PAGE = 5_000;
    private static final String ROLLUP_COLUMNS = "ID, ACTOR_KEY, TARGET_KEY, INTERACTION_TYPE, ROLLUP_DAY, INTERACTIONS";
    private static final String EVENT_COLUMNS = "ID, ACTOR_KEY, TARGET_KEY, INTERACTION_TYPE, CONTENT_ID, OCCURRED";

    private final ActiveObjects ao;
    private final int pageSize;

    @Inject
    public AoInteractionHistory(ActiveObjects ao) {
        this(ao, PAGE);
    }

    /** With a smaller page, for tests that cross page boundaries without writing thousands of rows. */
    AoInteractionHistory(ActiveObjects ao, int pageSize) {
        this.ao = ao;
        this.pageSize = pageSize;
    }

    @Override
    public void forEachDailyRollup(LocalDate from, LocalDate to, DailyRollupVisitor visitor) {
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        int after = 0;
        while (true) {
            Page page = new Page(after);
            ao.stream(InteractionDayEntity.class, Query.select(ROLLUP_COLUMNS)
                            .where("ID > ? AND ROLLUP_DAY >= ? AND ROLLUP_DAY <= ?", page.after, first, last).order("ID").limit(pageSize),
                    row -> {
                        page.read(row.getID());
                        visitor.visit(row.getActorKey(), row.getTargetKey(), InteractionType.valueOf(row.getInteractionType()),
                                LocalDate.ofEpochDay(row.getRollupDay()), row.getInteractions());
                    });
            if (page.rows < pageSize) {
                return;
            }
            after = page.lastId;
        }
    }

    @Override
    public long countDailyRollups(LocalDate from, LocalDate to) {
        // An upper bound is enough for a progress bar, and counting the whole table is the cheap count.
        return ao.count(InteractionDayEntity.class);
    }

    @Override
    public void forEachRetainedInteraction(LocalDate from, LocalDate to, Consumer<Interaction> visitor) {
        Date start = Date.from(from.atStartOfDay().toInstant(ZoneOffset.UTC));
        Date end = Date.from(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        int after = 0;
        while (true) {
            Page page = new Page(after);
            ao.stream(InteractionEventEntity.class, Query.select(EVENT_COLUMNS)
                            .where("ID > ? AND OCCURRED >= ? AND OCCURRED < ?", page.after, start, end).order("ID").limit(pageSize),
                    row -> {
                        page.read(row.getID());
                        visitor.accept(new Interaction(row.getActorKey(), row.getTargetKey(),
                                InteractionType.valueOf(row.getInteractionType()), row.getContentId(), row.getOccurred().toInstant()));
                    });
            if (page.rows < pageSize) {
                return;
            }
            after = page.lastId;
        }
    }

    @Override
    public void forEachInvolving(String userKey, PersonalRollupVisitor visitor) {
        int after = 0;
        while (true) {
            Page page = new Page(after);
            ao.stream(InteractionDayEntity.class, Query.select(ROLLUP_COLUMNS)
                            .where("ID > ? AND (ACTOR_KEY = ? OR TARGET_KEY = ?)", page.after, userKey, userKey).order("ID").limit(pageSize),
                    row -> {
                        page.read(row.getID());
                        visitor.visit(LocalDate.ofEpochDay(row.getRollupDay()), InteractionType.valueOf(row.getInteractionType()),
                                userKey.equals(row.getActorKey()), row.getInteractions());
                    });
            if (page.rows < pageSize) {
                return;
            }
            after = page.lastId;
        }
    }

    @Override
    public int eraseInvolving(String userKey) {
        return ao.executeInTransaction(() ->
                ao.deleteWithSQL(InteractionDayEntity.class, "ACTOR_KEY = ? OR TARGET_KEY = ?", userKey, userKey)
                        + ao.deleteWithSQL(InteractionEventEntity.class, "ACTOR_KEY = ? OR TARGET_KEY = ?", userKey, userKey));
    }

    /** One page of a keyset read: it starts after {@code after} and remembers how far it got. */
    private static final class Page {
        private final int after;
        private int rows;
        private int lastId;

        Page(int after) {
            this.after = after;
        }

        void read(int id) {
            rows++;
            lastId = id;
        }
    }
}
