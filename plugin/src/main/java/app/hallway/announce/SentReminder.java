package app.hallway.announce;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the reminder log, as the person it went to sees it: which step of which required version of an
 * announcement they were sent, and when.
 *
 * @param version the version HR required when the reminder went out (reminders are per required version)
 */
public record SentReminder(long announcementId, int version, ReminderStep step, Instant at) {
    public SentReminder {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(at, "at");
    }
}
