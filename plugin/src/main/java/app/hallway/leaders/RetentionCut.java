package app.hallway.leaders;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where retention cut a computation short: its period, or the previous period its trend compares with, starts
 * before the first day whose daily rollups are still kept ({@link PruneInteractionLog}), so the report counts
 * less than the period chosen. A period ending on the day of its computation is never cut: retention keeps at
 * least the longest report and its trend.
 *
 * @param firstDayKept the first day retention kept on the day of the computation
 * @param retentionMonths the rollup retention then ({@link LeaderSettings#rollupRetentionMonths()})
 */
public record RetentionCut(LocalDate firstDayKept, int retentionMonths) {
    public RetentionCut {
        Objects.requireNonNull(firstDayKept, "firstDayKept");
    }

    /**
     * What retention cut from a computation of {@code period} on {@code today}; empty when the period and the
     * previous one are wholly kept.
     */
    static Optional<RetentionCut> of(Period period, LocalDate today, int retentionMonths) {
        LocalDate firstDayKept = PruneInteractionLog.firstRollupDayKept(today, retentionMonths);
        return period.previous().from().isBefore(firstDayKept)
                ? Optional.of(new RetentionCut(firstDayKept, retentionMonths))
                : Optional.empty();
    }

    /** True when the report's own period is cut; false when only its trend's previous period is. */
    public boolean cutsReport(Period period) {
        return period.from().isBefore(firstDayKept);
    }
}
