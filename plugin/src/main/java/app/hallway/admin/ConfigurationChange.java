package app.hallway.admin;

/** A change to {@link Configuration}: each field that is null keeps its value. */
public record ConfigurationChange(String hrGroups, Integer reminderDaysBefore, Integer leaderHalfLifeDays,
                                  String departmentGroups, Integer rawRetentionDays, Integer rollupRetentionMonths,
                                  Integer leaderResamples, Integer leaderThreads, Boolean leaderCountViews) {
}
