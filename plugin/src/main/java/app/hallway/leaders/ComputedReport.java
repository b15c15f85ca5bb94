package app.hallway.leaders;

import java.util.List;

/**
 * The outcome of one computation: the summary and every person scored, leaders first (top band first, then by
 * user key, so the order reveals no more than the bands), then everyone else by user key.
 */
public record ComputedReport(ReportSummary summary, List<PersonStanding> people) {
    public ComputedReport {
        people = List.copyOf(people);
    }
}
