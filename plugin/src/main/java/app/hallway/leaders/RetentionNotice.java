package app.hallway.leaders;

/**
 * A {@link RetentionCut} as the REST API writes it, for the notice above the report.
 *
 * @param firstDayKept the first day retention kept (ISO-8601) on the day of the computation
 * @param retentionMonths the rollup retention then
 * @param cut {@code REPORT} when the report's own period is cut (the report is incomplete), {@code TREND} when
 *        only the previous period its trend compares with is (the trend is incomplete)
 */
public record RetentionNotice(String firstDayKept, int retentionMonths, String cut) {
    public static final String REPORT = "REPORT";
    public static final String TREND = "TREND";

    /** The notice for a report of {@code period}; null when retention cut nothing. */
    public static RetentionNotice of(Period period, RetentionCut cut) {
        if (cut == null) {
            return null;
        }
        return new RetentionNotice(cut.firstDayKept().toString(), cut.retentionMonths(), cut.cutsReport(period) ? REPORT : TREND);
    }
}
