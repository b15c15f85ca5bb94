package app.hallway.leaders.ao;

import app.hallway.leaders.Interaction;
import app.hallway.leaders.InteractionHistory;
import app.hallway.leaders.InteractionType;
import app.hallway.leaders.PersonalInteractions;
import app.hallway.leaders.RollupArchives;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opinion-leader report's reading of the interaction log that {@link AoInteractions} writes. Millions of
 * rollups cannot be read in one query ({@code stream()} is not a cursor: the driver buffers the whole result),
 * so every read of rows goes in keyset pages of {@value #PAGE} rows by primary key, selecting only the columns
 * needed, and hands each row on as it is read: memory stays at a few pages whatever the size of the log.
 *
 * <p>Reading rows through Active Objects costs an entity and a conversion per column per row (18 s for five
 * million rollups), so the rollups of closed months are also kept as archives ({@link ArchivedMonths}), which
 * decode many times faster; a month is read from its archive when it has one that still matches its rows, and
 * from its rows otherwise. Only the months still open are read from rows once the archives are made.
 */
@Named
public final class AoInteractionHistory implements InteractionHistory, PersonalInteractions, RollupArchives {
    static final int PAGE = 5_000;
    /** Threads reading rollups at once: two keep two cores busy without starving page views. */
    static final int READERS = 2;
    /** Days after the end of a month before it counts as closed: nodes' clocks may disagree. */
    static final int CLOSING_DAYS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(AoInteractionHistory.class);
    private static final String ROLLUP_COLUMNS = "ID, ACTOR_KEY, TARGET_KEY, INTERACTION_TYPE, ROLLUP_DAY, INTERACTIONS";
    private static final String EVENT_COLUMNS = "ID, ACTOR_KEY, TARGET_KEY, INTERACTION_TYPE, CONTENT_ID, OCCURRED";

    private final ActiveObjects ao;
    private final int pageSize;
    private final ArchivedMonths archives;
    private final IntConsumer afterReading;

    @Inject
    public AoInteractionHistory(ActiveObjects ao) {
        this(ao, PAGE);
    }

    /** With a smaller page, for tests that cross page boundaries without writing thousands of rows. */
    AoInteractionHistory(ActiveObjects ao, int pageSize) {
        this(ao, pageSize, Pauses.NONE);
    }

    /** With pauses in compaction, for tests of what happens meanwhile. */
    AoInteractionHistory(ActiveObjects ao, int pageSize, Pauses pauses) {
        this.ao = ao;
        this.pageSize = pageSize;
        this.archives = new ArchivedMonths(ao, pauses.beforeWriting());
        this.afterReading = pauses.afterReading();
    }

    /**
     * Where a test may stop compaction, told the month: once its rows are read, and once the guard is held and the
     * rows counted again, before its archive is written.
     */
    record Pauses(IntConsumer afterReading, IntConsumer beforeWriting) {
        static final Pauses NONE = new Pauses(month -> { }, month -> { });
    }

    /**
     * Reads with {@value #READERS} threads, month by month: each archived month is decoded by one thread, and the
     * other months' rows are read day by day (keyset pages over the day's index), while the calling thread alone
     * calls the visitor. The database, Active Objects' per-row objects and the decoding run in parallel this way.
     */
    @Override
    public void forEachDailyRollup(LocalDate from, LocalDate to, DailyRollupVisitor visitor) {
        OptionalInt firstStored = firstStoredDay();
        if (firstStored.isEmpty()) {
            return;
        }
        int first = Math.max((int) from.toEpochDay(), firstStored.getAsInt());
        int last = (int) to.toEpochDay();
        if (first > last) {
            return;
        }
        Map<Integer, ArchivedMonths.Stored> archived = archives.index(ArchivedMonths.monthOf(first), ArchivedMonths.monthOf(last));
        List<ParallelPages.Piece<RollupPage>> pieces = new ArrayList<>();
        for (int month = ArchivedMonths.monthOf(first); month <= ArchivedMonths.monthOf(last); month++) {
            int fromDay = Math.max(first, ArchivedMonths.firstDay(month));
            int toDay = Math.min(last, ArchivedMonths.lastDay(month));
            ArchivedMonths.Stored archive = archived.get(month);
            if (archive != null && archive.usable()) {
                pieces.add(archivedMonth(archive, fromDay, toDay));
            } else {
                pieces.addAll(days(fromDay, toDay));
            }
        }
        new ParallelPages<>(READERS, pieces).forEach(page -> page.visit(visitor));
    }

    /**
     * The rollups of an archived month dated {@code fromDay..toDay}: from the archive when it was made from as many
     * rows as the month has now (rows are only ever deleted from a closed month, so the same number means the same
     * rows), from the rows otherwise; an archive that cannot be decoded is deleted, to be made again.
     */
    private ParallelPages.Piece<RollupPage> archivedMonth(ArchivedMonths.Stored archive, int fromDay, int toDay) {
        return pages -> {
            MonthArchive.Decoded decoded = null;
            if (archives.rows(archive.month()) == archive.rollups()) {
                byte[] deflated = archives.read(archive.month(), archive.rollups());
                try {
                    decoded = deflated == null ? null : MonthArchive.read(deflated, archive.month());
                } catch (IllegalArgumentException damaged) {
                    LOG.warn("Hallway deletes the damaged archive of month {} of the interaction log and reads its rows", archive.month(),
                            damaged);
                    archives.delete(archive.month());
                }
            }
            if (decoded == null || decoded.size() != archive.rollups()) {
                days(fromDay, toDay).forEach(day -> day.read(pages));
            } else {
                decoded.forEach(fromDay, toDay, pageSize, pages);
            }
        };
    }

    /** The rows of the days {@code fromDay..toDay}, each day in keyset pages over the day's index. */
    private List<ParallelPages.Piece<RollupPage>> days(int fromDay, int toDay) {
        List<ParallelPages.Piece<RollupPage>> days = new ArrayList<>();
        for (int day = fromDay; day <= toDay; day++) {
            int epochDay = day;
            days.add(ParallelPages.keyset(Integer.MIN_VALUE, Integer.MAX_VALUE, (after, upTo) -> {
                RollupPage page = new RollupPage(pageSize);
                ao.stream(InteractionDayEntity.class, Query.select(ROLLUP_COLUMNS)
                        .where("ROLLUP_DAY = ? AND ID > ?", epochDay, after).order("ID").limit(pageSize), page::add);
                return page;
            }));
        }
        return days;
    }

    /**
     * The first day that has rollups, if any. (Not the last one: H2 cannot walk an index backwards, and sorts the
     * whole table for {@code ORDER BY ROLLUP_DAY DESC}; the days after the last are a few empty index lookups.)
     */
    private OptionalInt firstStoredDay() {
        OptionalInt[] first = {OptionalInt.empty()};
        ao.stream(InteractionDayEntity.class, Query.select("ID, ROLLUP_DAY").order("ROLLUP_DAY ASC").limit(1),
                row -> first[0] = OptionalInt.of(row.getRollupDay()));
        return first[0];
    }

    /**
     * Archives the closed months that need it, each read from its rows by day with {@value #READERS} threads and
     * encoded as it is read: memory holds one month's encoded rollups and its dictionary of user keys.
     */
    @Override
    public int compactClosedMonths(LocalDate today, DoubleConsumer progress) {
        OptionalInt firstStored = firstStoredDay();
        if (firstStored.isEmpty()) {
            archives.deleteAll();
            return 0;
        }
        int firstMonth = ArchivedMonths.monthOf(firstStored.getAsInt());
        int lastClosed = ArchivedMonths.monthOf((int) today.minusDays(CLOSING_DAYS).toEpochDay()) - 1;
        archives.deleteOutside(firstMonth, lastClosed);
        Map<Integer, ArchivedMonths.Stored> archived = archives.index(firstMonth, lastClosed);
        List<Integer> due = new ArrayList<>();
        for (int month = firstMonth; month <= lastClosed; month++) {
            int rows = archives.rows(month);
            ArchivedMonths.Stored archive = archived.get(month);
            if (rows == 0 && archive != null) {
                archives.delete(month);
            } else if (rows > 0 && (archive == null || !archive.usable() || archive.rollups() != rows)) {
                due.add(month);
            }
        }
        progress.accept(0);
        int archivedNow = 0;
        for (int done = 0; done < due.size(); done++) {
            archivedNow += compact(due.get(done)) ? 1 : 0;
            progress.accept((done + 1.0) / due.size());
        }
        return archivedNow;
    }

    /** Whether the month was archived: not when rows were erased while it was read (the next run archives it). */
    private boolean compact(int month) {
        MonthArchive.Writer writer = new MonthArchive.Writer(month);
        new ParallelPages<>(READERS, days(ArchivedMonths.firstDay(month), ArchivedMonths.lastDay(month)))
                .forEach(page -> page.visit(writer::add));
        afterReading.accept(month);
        return archives.replace(month, writer.rollups(), writer.finish());
    }

    @Override
    public void forgetMonthsBefore(LocalDate firstKeptDay) {
        archives.deleteBefore(ArchivedMonths.monthOf((int) firstKeptDay.minusDays(1).toEpochDay()) + 1);
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
        ParallelPages.<EventPage>slices(READERS, ids[0] - 1, ids[1], (after, upTo) -> {
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

    /**
     * Also deletes every archive in the same transaction, the simplest way to take the person out of them: the
     * next report run archives the closed months again from the remaining rows, once (minutes on a large log).
     * The transaction takes the archives' guard first, so a compaction that read the person's rows before cannot
     * write them back into an archive afterwards ({@link ArchivedMonths#replace} counts the rows again under it).
     * Returns the rows deleted, not counting archives.
     */
    @Override
    public int eraseInvolving(String userKey) {
        return archives.guarded(() -> {
            int erased = ao.deleteWithSQL(InteractionDayEntity.class, "ACTOR_KEY = ? OR TARGET_KEY = ?", userKey, userKey)
                    + ao.deleteWithSQL(InteractionEventEntity.class, "ACTOR_KEY = ? OR TARGET_KEY = ?", userKey, userKey);
            archives.deleteAll();
            return erased;
        });
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
