package app.hallway.announce;

/**
 * One announcement in a viewer's feed.
 *
 * @param acknowledgementRequired whether it asks this viewer to acknowledge it (active acknowledgement)
 * @param acknowledgement         the viewer's acknowledgement that counts, or null
 * @param overdue                 asked for, not given, and past due
 */
public record FeedEntry(Announcement announcement, boolean acknowledgementRequired, Acknowledgement acknowledgement, boolean overdue) {
    /** Asked for and not given yet: these come first. */
    public boolean needsAcknowledgement() {
        return acknowledgementRequired && acknowledgement == null;
    }
}
