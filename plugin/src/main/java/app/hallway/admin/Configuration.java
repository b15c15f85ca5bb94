package app.hallway.admin;

/**
 * The site-wide settings no feature page edits: who HR is, when reminders go out, how the opinion-leader
 * report weighs time, groups people and tests stability, and how long the interaction log keeps raw events and
 * daily rollups. Feedback's own settings live on its settings page.
 *
 * @param rawRetentionDays days raw interaction events (which name the content) are kept; 0 keeps none
 * @param rollupRetentionMonths months the daily per-pair rollups are kept, at least what the longest report reads
 * @param leaderResamples bootstrap resamples for the leaders' stability gate
 * @param leaderThreads threads a report computation uses for the resamples
 * @param leaderCountViews whether page views count (only where page analytics are lawful and on)
 */
public record Configuration(String hrGroups, int reminderDaysBefore, int leaderHalfLifeDays, String departmentGroups,
                            int rawRetentionDays, int rollupRetentionMonths, int leaderResamples, int leaderThreads,
                            boolean leaderCountViews) {
}
