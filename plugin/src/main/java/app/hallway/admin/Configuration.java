package app.hallway.admin;

/**
 * The site-wide settings no feature page edits: who HR is, when reminders go out, how the opinion-leader
 * report weighs time and groups people, how long raw interaction events are kept. Feedback's own settings
 * live on its settings page.
 */
public record Configuration(String hrGroups, int reminderDaysBefore, int leaderHalfLifeDays, String departmentGroups,
                            int rawRetentionDays) {
}
