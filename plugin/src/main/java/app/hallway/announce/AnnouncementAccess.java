package app.hallway.announce;

import app.hallway.admin.Roles;
import app.hallway.platform.Contents;
import app.hallway.platform.People;
import java.time.LocalDate;

/**
 * The rules of issue 3 in one place, so the macro, the feed, REST and the reminder job agree:
 * <ul>
 *   <li>audience and acknowledgement take effect only when the announcement's publisher is HR (or an
 *       administrator); otherwise they are inactive and the announcement is a plain one for every viewer of
 *       the page;</li>
 *   <li>an empty (or inactive) audience means everyone who can view the page;</li>
 *   <li>an announcement is shown from its first day to its last, both included.</li>
 * </ul>
 * Page permissions always apply on top ({@link #canView}).
 */
public final class AnnouncementAccess {
    private final Roles roles;
    private final People people;
    private final Contents contents;

    public AnnouncementAccess(Roles roles, People people, Contents contents) {
        this.roles = roles;
        this.people = people;
        this.contents = contents;
    }

    public boolean isHr(String userKey) {
        return roles.isHr(userKey);
    }

    public boolean canView(String userKey, long contentId) {
        return userKey != null && contents.canView(userKey, contentId);
    }

    public boolean canEdit(String userKey, long contentId) {
        return userKey != null && contentId > 0 && contents.canEdit(userKey, contentId);
    }

    /** True when the announcement uses audience or acknowledgement and its publisher may. */
    public boolean hrFeaturesActive(Announcement announcement) {
        return announcement.settings().usesHrFeatures() && roles.isHr(announcement.publisherKey());
    }

    /** True when the announcement uses audience or acknowledgement but its publisher is not HR. */
    public boolean hrFeaturesInactive(Announcement announcement) {
        return announcement.settings().usesHrFeatures() && !roles.isHr(announcement.publisherKey());
    }

    public boolean acknowledgementActive(Announcement announcement) {
        return announcement.settings().acknowledgement() && hrFeaturesActive(announcement);
    }

    public boolean inAudience(Announcement announcement, String viewerKey) {
        if (announcement.settings().audience().isEmpty() || !hrFeaturesActive(announcement)) {
            return true;
        }
        return viewerKey != null && announcement.settings().audience().stream().anyMatch(group -> people.isInGroup(viewerKey, group));
    }

    public Sight sight(Announcement announcement, String viewerKey, LocalDate today) {
        AnnouncementSettings settings = announcement.settings();
        return new Sight(inAudience(announcement, viewerKey),
                settings.from() != null && today.isBefore(settings.from()),
                settings.until() != null && today.isAfter(settings.until()));
    }
}
