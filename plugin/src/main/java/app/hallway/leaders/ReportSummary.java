package app.hallway.leaders;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a computed report says about everyone at once, and how it was computed.
 *
 * @param population people ranked in the period (objectors, people no longer in the directory and deactivated
 *        people excluded)
 * @param previousPopulation people ranked in the previous period
 * @param everyone the counts over all people scored
 * @param departments the counts per department group, then (group null) over people in none of them
 * @param retentionCut where retention cut the period or its trend's previous period short; null when it cut
 *        nothing (and for a report cached before Hallway said so)
 */
public record ReportSummary(Period period, Instant computedAt, int halfLifeDays, int resamples,
                            List<String> departmentGroups, int population, int previousPopulation, int leaders,
                            DepartmentAggregate everyone, List<DepartmentAggregate> departments, RetentionCut retentionCut) {
    public ReportSummary {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(computedAt, "computedAt");
        departmentGroups = List.copyOf(departmentGroups);
        departments = List.copyOf(departments);
    }

    /** A summary that retention cut nothing from. */
    public ReportSummary(Period period, Instant computedAt, int halfLifeDays, int resamples, List<String> departmentGroups,
                         int population, int previousPopulation, int leaders, DepartmentAggregate everyone,
                         List<DepartmentAggregate> departments) {
        this(period, computedAt, halfLifeDays, resamples, departmentGroups, population, previousPopulation, leaders, everyone,
                departments, null);
    }
}
