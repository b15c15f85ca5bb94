package app.hallway.announce;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The log of reminders sent, which makes the reminder job idempotent across restarts and nodes. A step is
 * claimed before the message goes out, so a crash can lose a reminder but never send one twice.
 */
public interface Reminders {
    /**
     * Claims the right to send {@code step} of {@code version} to {@code userKey}. True exactly once per
     * (announcement, version, person, step) across all nodes and runs; false when already claimed.
     */
    boolean claim(long announcementId, int version, String userKey, ReminderStep step, Instant at);

    /** Gives a claim back when the message could not be handed to the mail system, so a later run retries. */
    void release(long announcementId, int version, String userKey, ReminderStep step);

    /** The people who have been sent {@code step} of {@code version}. */
    Set<String> sent(long announcementId, int version, ReminderStep step);

    /** Every reminder sent to {@code userKey}, oldest first: for their privacy export. */
    List<SentReminder> sentTo(String userKey);

    /**
     * Deletes exactly these entries of {@code userKey}'s reminder log, in one transaction; an entry claimed since
     * they were read is not touched. Only entries the job will never look at again may go (see
     * {@link AnnouncementPrivacy#erase}): the log is what keeps a step from being sent twice.
     *
     * @return how many entries were deleted
     */
    int forget(String userKey, Collection<SentReminder> reminders);

    /** Deletes the reminder log of these announcements (whose page was removed), in one transaction. */
    void removeAll(Collection<Long> announcementIds);
}
