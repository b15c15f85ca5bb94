package app.hallway.leaders;

import java.util.List;

/**
 * The opinion-leader report as HR reads it: one page of the leaders (in the chosen department, if any), the
 * department counts, the score distribution of the chosen population, and how the report was computed.
 *
 * @param group the department group the listing is filtered to, or null for everyone
 * @param population the counts over the chosen population (suppressed when it is smaller than five people)
 * @param distribution bars of the score distribution of the chosen population; empty when it is suppressed
 * @param total leaders in the chosen population
 * @param nextCursor the cursor of the next page, null on the last
 * @param retentionCut what retention had deleted of the period or its trend's previous period when the report
 *        was computed; null when it had deleted nothing of either
 */
public record LeaderListing(long runId, PeriodDates period, PeriodDates previousPeriod, String computedAt,
                            int halfLifeDays, int resamples, List<String> departmentGroups, String group,
                            AggregateRow population, List<BinRow> distribution, List<AggregateRow> departments,
                            int total, List<LeaderRow> leaders, String nextCursor, RetentionNotice retentionCut) {
    public LeaderListing {
        departmentGroups = List.copyOf(departmentGroups);
        distribution = List.copyOf(distribution);
        departments = List.copyOf(departments);
        leaders = List.copyOf(leaders);
    }
}
