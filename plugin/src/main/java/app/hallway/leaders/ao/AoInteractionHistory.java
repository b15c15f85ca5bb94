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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import net.java.ao.Entity;
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
    /** Threads reading rollups at once: two keep two cores busy without starving page views. */
    static final int READERS = 2;
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

    /**
     * Reads with {@value #READERS} threads, each keyset-paging its own slice of the primary keys, and hands the
     * pages to the calling thread, which alone calls the visitor. The database and Active Objects' per-row
     * objects are most of the cost of a large read, and they run in parallel this way.
     */
    @Override
    public void forEachDailyRollup(LocalDate from, LocalDate to, DailyRollupVisitor visitor) {
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        int[] ids = idRange(InteractionDayEntity.class);
        if (ids == null) {
            return;
        }
        ParallelPages<RollupPage> pages = new ParallelPages<>(READERS, ids[0] - 1, ids[1], (after, upTo) -> {
            RollupPage page = new RollupPage(pageSize);
            ao.stream(InteractionDayEntity.class, Query.select(ROLLUP_COLUMNS)
                            .where("ID > ? AND ID <= ? AND ROLLUP_DAY >= ? AND ROLLUP_DAY <= ?", after, upTo, first, last)
                            .order("ID").limit(pageSize),
                    page::add);
            return page;
        });
        pages.forEach(page -> page.visit(visitor));
    }

    /** The smallest and largest primary key of a table, or null when it is empty. */
    private <T extends Entity> int[] idRange(Class<T> table) {
        int[] range = new int[2];
        int[] found = new int[1];
        ao.stream(table, Query.select("ID").order("ID ASC").limit(1), row -> {
            range[0] = row.getID();
            found[0]++;
        });
        ao.stream(table, Query.select("ID").order("ID DESC").limit(1), row -> range[1] = row.getID());
        return found[0] == 0 ? null : range;
    }

    @Override
    public long countDailyRollups(LocalDate from, LocalDate to) {
        // An upper bound is enough for a progress bar, and counting the whole table is the cheap count.
        return ao.count(InteractionDayEntity.class);
    }

    /** Reads as {@link #forEachDailyRollup} does: in parallel slices, handed to the calling thread. */
    @Override
    public void forEachRetainedInteraction(LocalDate from, LocalDate to, Consumer<Interaction> visitor) {
        Date start = Date.from(from.atStartOfDay().toInstant(ZoneOffset.UTC));
        Date end = Date.from(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        int[] ids = idRange(InteractionEventEntity.class);
        if (ids == null) {
            return;
        }
        new ParallelPages<EventPage>(READERS, ids[0] - 1, ids[1], (after, upTo) -> {
            EventPage page = new EventPage(pageSize);
            ao.stream(InteractionEventEntity.class, Query.select(EVENT_COLUMNS)
                            .where("ID > ? AND ID <= ? AND OCCURRED >= ? AND OCCURRED < ?", after, upTo, start, end)
                            .order("ID").limit(pageSize),
                    page::add);
            return page;
        }).forEach(page -> page.events.forEach(visitor));
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

    /** One page of rollups as read by a reader thread: plain arrays, so the rows outlive their entities. */
    private static final class RollupPage implements ParallelPages.Page {
        private final int[] ids;
        private final String[] actors;
        private final String[] targets;
        private final InteractionType[] types;
        private final int[] days;
        private final int[] counts;
        private int size;

        RollupPage(int capacity) {
            ids = new int[capacity];
            actors = new String[capacity];
            targets = new String[capacity];
            types = new InteractionType[capacity];
            days = new int[capacity];
            counts = new int[capacity];
        }

        void add(InteractionDayEntity row) {
            ids[size] = row.getID();
            actors[size] = row.getActorKey();
            targets[size] = row.getTargetKey();
            // The consumer looks both keys up in a hash map; String caches its hash, so compute it here, in parallel.
            actors[size].hashCode();
            targets[size].hashCode();
            types[size] = InteractionType.valueOf(row.getInteractionType());
            days[size] = row.getRollupDay();
            counts[size] = row.getInteractions();
            size++;
        }

        void visit(DailyRollupVisitor visitor) {
            for (int row = 0; row < size; row++) {
                visitor.visit(actors[row], targets[row], types[row], days[row], counts[row]);
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int lastId() {
            return ids[size - 1];
        }

        @Override
        public boolean full() {
            return size == ids.length;
        }
    }

    /** One page of raw interactions as read by a reader thread. */
    private static final class EventPage implements ParallelPages.Page {
        private final int capacity;
        private final List<Interaction> events;
        private int lastId;

        EventPage(int capacity) {
            this.capacity = capacity;
            this.events = new ArrayList<>(capacity);
        }

        void add(InteractionEventEntity row) {
            lastId = row.getID();
            events.add(new Interaction(row.getActorKey(), row.getTargetKey(), InteractionType.valueOf(row.getInteractionType()),
                    row.getContentId(), row.getOccurred().toInstant()));
        }

        @Override
        public int size() {
            return events.size();
        }

        @Override
        public int lastId() {
            return lastId;
        }

        @Override
        public boolean full() {
            return events.size() == capacity;
        }
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
