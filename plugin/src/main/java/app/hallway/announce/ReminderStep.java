package app.hallway.announce;

import java.util.Locale;

/** The reminders a person may get for one version of an announcement: each at most once. */
public enum ReminderStep {
    /** A few days before the due date (setting {@value RemindToAcknowledge#DAYS_BEFORE}). */
    BEFORE_DUE,
    /** The day after the due date has passed. */
    OVERDUE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The step stored under {@link #key()}. */
    public static ReminderStep ofKey(String key) {
        for (ReminderStep step : values()) {
            if (step.key().equals(key)) {
                return step;
            }
        }
        throw new IllegalArgumentException("No reminder step " + key);
    }
}
