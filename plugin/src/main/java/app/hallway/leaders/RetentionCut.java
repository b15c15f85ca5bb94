package app.hallway.leaders;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where retention cut a computation short: its period, or the previous period its trend compares with, starts
 * before the first day whose daily rollups the retention job has kept ({@link RollupsKept}), so the report counts
 * less than the period chosen. Taken from what was deleted, not from the setting: a retention raised again after
 * a delete does not bring the rows back, and one just lowered deletes nothing until the job runs. A period ending
 * on the day of its computation is never cut: retention keeps at least the longest report and its trend.
 *
 * @param firstDayKept the earliest day whose rollups were still kept on the day of the computation
 * @param retentionMonths the rollup retention under which the rollups before it were deleted
 */
public record RetentionCut(LocalDate firstDayKept, int retentionMonths) {
    public RetentionCut {
        Objects.requireNonNull(firstDayKept, "firstDayKept");
    }

    /**
     * What retention cut from a computation of {@code period}, given what the retention job has deleted; empty
     * when the period and the previous one are wholly kept, or when nothing was ever deleted.
     */
    static Optional<RetentionCut> of(Period period, Optional<RollupsKept> kept) {
        return kept.filter(deleted -> period.previous().from().isBefore(deleted.firstDay()))
                .map(deleted -> new RetentionCut(deleted.firstDay(), deleted.retentionMonths()));
    }

    /** True when the report's own period is cut; false when only its trend's previous period is. */
    public boolean cutsReport(Period period) {
        return period.from().isBefore(firstDayKept);
    }
}
