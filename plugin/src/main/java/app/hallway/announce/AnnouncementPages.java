package app.hallway.announce;

/**
 * Whether an announcement's macro is still on its page. Pages are edited, macros deleted and pages trashed
 * without telling Hallway, and a removed announcement must leave the feed and stop sending reminders.
 */
public interface AnnouncementPages {
    /** True when content {@code contentId} exists and its current version holds macro {@code macroId}. */
    boolean stillOn(long contentId, String macroId);
}
