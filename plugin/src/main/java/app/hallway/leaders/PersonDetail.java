package app.hallway.leaders;

import java.util.List;

/**
 * Why a person stands where they do: the drill-down of the report. Shares of the score by kind of interaction
 * plus the baseline add up to 1; counts of endorsers and of their departments, never their names.
 */
public record PersonDetail(String userKey, String name, String department, PeriodDates period, String computedAt,
                           String band, boolean leader, List<String> failedGates, int distinctEndorsers,
                           int endorserDepartments, double stability, int resamples, List<KindShare> contributions,
                           double baselineShare, String standing, String previousStanding, String trend,
                           List<String> flags, List<ContentItem> topContent) {
    public PersonDetail {
        failedGates = List.copyOf(failedGates);
        contributions = List.copyOf(contributions);
        flags = List.copyOf(flags);
        topContent = List.copyOf(topContent);
    }
}
