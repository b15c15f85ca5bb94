package app.hallway.leaders;

import app.hallway.platform.ClusterLocks;
import app.hallway.platform.Time;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the interaction log within retention (LEADERS.md, "Privacy": scores and rollups, not raw event logs
 * beyond retention): deletes raw interactions older than {@link LeaderSettings#rawRetentionDays()} and daily
 * rollups older than {@link LeaderSettings#rollupRetentionMonths()}. Run by the scheduled retention job; one node
 * of the cluster at a time.
 *
 * <p>The rollups a report reads are never deleted: whatever the setting, the cut never falls after the first day
 * that the longest report ending today reads (a whole scoring window, and the previous period its trend compares
 * with). A report of a period further back shows what retention has kept of it: each run records the first day
 * it kept ({@link RollupsKept}) once it has deleted.
 */
public final class PruneInteractionLog {
    static final String LOCK = "leaders.retention";

    private final ExpiredInteractions log;
    private final RollupArchives archives;
    private final LeaderSettings settings;
    private final ClusterLocks locks;
    private final Time time;

    public PruneInteractionLog(ExpiredInteractions log, RollupArchives archives, LeaderSettings settings, ClusterLocks locks,
                               Time time) {
        this.log = log;
        this.archives = archives;
        this.settings = settings;
        this.locks = locks;
        this.time = time;
    }

    /** What one run deleted. */
    public record Pruned(long rawInteractions, long rollups) {
    }

    /**
     * Deletes what has expired, the archived months of expired rollups with them; empty, without deleting
     * anything, when another node is doing it.
     */
    public Optional<Pruned> run() {
        AtomicReference<Pruned> pruned = new AtomicReference<>();
        boolean ran = locks.runExclusively(LOCK, () -> {
            Instant rawCutoff = time.now().minus(Duration.ofDays(settings.rawRetentionDays()));
            long raw = log.deleteRawBefore(rawCutoff);
            int months = settings.rollupRetentionMonths();
            LocalDate firstKept = firstRollupDayKept(time.today(), months);
            long rollups = log.deleteRollupsBefore(firstKept);
            // Only once the rows are gone: a report says retention cut it from what was deleted, not from the
            // setting, which may have changed since (raised again after a delete, or lowered before any run).
            settings.recordRollupsKept(new RollupsKept(firstKept, months).after(settings.rollupsKept()));
            // After the rows: an archive made in between no longer matches its month's rows and is not read. Every
            // run, not only when rows went: a run that died between its chunks left archives of rows already gone.
            archives.forgetMonthsBefore(firstKept);
            pruned.set(new Pruned(raw, rollups));
        });
        return ran ? Optional.of(pruned.get()) : Optional.empty();
    }

    /**
     * The first day whose rollups are kept on {@code today}: {@code months} back, or earlier still if the longest
     * report ending today reads further back (calendar months vary in length, so two 18-month windows can span a
     * few days more than 36 months).
     */
    static LocalDate firstRollupDayKept(LocalDate today, int months) {
        LocalDate byMonths = today.minusMonths(months);
        LocalDate reportsRead = Period.longestEnding(today).previous().from();
        return byMonths.isBefore(reportsRead) ? byMonths : reportsRead;
    }
}
