package app.hallway.announce;

/** One entry of {@code templates/announce/feed.vm}: immutable, labels already in the viewer's language. */
public final class FeedItemView {
    private final String title;
    private final String url;
    private final String excerpt;
    private final Priority priority;
    private final String priorityLabel;
    private final String spaceKey;
    private final String dateLabel;
    private final String statusLabel;
    private final FeedEntry entry;

    FeedItemView(FeedEntry entry, String url, String priorityLabel, String dateLabel, String statusLabel) {
        Announcement announcement = entry.announcement();
        this.entry = entry;
        this.title = announcement.title();
        this.url = url;
        this.excerpt = announcement.excerpt();
        this.priority = announcement.settings().priority();
        this.priorityLabel = priorityLabel;
        this.spaceKey = announcement.spaceKey();
        this.dateLabel = dateLabel;
        this.statusLabel = statusLabel;
    }

    public String getTitle() {
        return title;
    }

    /** The page the announcement is on. */
    public String getUrl() {
        return url;
    }

    /** The start of the text, plain. */
    public String getExcerpt() {
        return excerpt;
    }

    public String getPriority() {
        return priority.parameterValue();
    }

    public String getPriorityLabel() {
        return priorityLabel;
    }

    public boolean isUrgent() {
        return priority == Priority.URGENT;
    }

    public String getSpaceKey() {
        return spaceKey;
    }

    /** When it was published. */
    public String getDateLabel() {
        return dateLabel;
    }

    /** "Please acknowledge by …", "Overdue since …", "Acknowledged on …", or empty. */
    public String getStatusLabel() {
        return statusLabel;
    }

    public boolean isNeedsAcknowledgement() {
        return entry.needsAcknowledgement();
    }

    public boolean isOverdue() {
        return entry.overdue();
    }

    public boolean isAcknowledged() {
        return entry.acknowledgement() != null;
    }
}
