package app.hallway.announce;

import app.hallway.admin.Roles;
import app.hallway.platform.Contents;
import app.hallway.platform.People;
import java.time.LocalDate;
import java.util.List;

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
    private final List<String> hrGroups;

    public AnnouncementAccess(Roles roles, People people, Contents contents) {
        this(roles, people, contents, null);
    }

    private AnnouncementAccess(Roles roles, People people, Contents contents, List<String> hrGroups) {
        this.roles = roles;
        this.people = people;
        this.contents = contents;
        this.hrGroups = hrGroups;
    }

    /**
     * The same rules with the HR groups setting read once, for one request that asks about several people
     * (the viewer and the publisher): a page view then reads the setting once instead of per question.
     */
    public AnnouncementAccess forRequest() {
        return new AnnouncementAccess(roles, people, contents, roles.hrGroups());
    }

    public boolean isHr(String userKey) {
        return hrGroups == null ? roles.isHr(userKey) : roles.isHr(userKey, hrGroups);
    }

    public boolean canView(String userKey, long contentId) {
        return userKey != null && contents.canView(userKey, contentId);
    }

    public boolean canEdit(String userKey, long contentId) {
        return userKey != null && contentId > 0 && contents.canEdit(userKey, contentId);
    }

    /**
     * Whether the announcement speaks to {@code viewerKey} on {@code today}: HR, who see every announcement
     * whatever its dates (see {@link ReadAnnouncement}), and otherwise the people it is shown to today — its
     * audience (everyone when it has none, or one its publisher may not set), from its first day to its last.
     * Whoever published an audience that takes effect is HR, so its author is included too. What Hallway shows
     * about an announcement outside the macro (its reactions, who reacted) must follow this rule, so that nobody
     * learns of it before it is published or outside its audience. Page permission is a separate question
     * ({@link #canView}); the anonymous viewer is never included.
     */
    public boolean speaksTo(Announcement announcement, String viewerKey, LocalDate today) {
        return viewerKey != null && (isHr(viewerKey) || rules(announcement).sight(viewerKey, today).shown());
    }

    /**
     * The rules for one announcement, its publisher's role looked up once (a settings read and group checks):
     * take one per announcement per request.
     */
    public Rules rules(Announcement announcement) {
        boolean usesHrFeatures = announcement.settings().usesHrFeatures();
        return new Rules(announcement, usesHrFeatures && isHr(announcement.publisherKey()));
    }

    /** What the rules say about one announcement. */
    public final class Rules {
        private final Announcement announcement;
        private final boolean hrFeaturesActive;

        private Rules(Announcement announcement, boolean hrFeaturesActive) {
            this.announcement = announcement;
            this.hrFeaturesActive = hrFeaturesActive;
        }

        /** True when the announcement uses audience or acknowledgement and its publisher may. */
        public boolean hrFeaturesActive() {
            return hrFeaturesActive;
        }

        /** True when the announcement uses audience or acknowledgement but its publisher is not HR. */
        public boolean hrFeaturesInactive() {
            return announcement.settings().usesHrFeatures() && !hrFeaturesActive;
        }

        public boolean acknowledgementActive() {
            return announcement.settings().acknowledgement() && hrFeaturesActive;
        }

        public boolean inAudience(String viewerKey) {
            List<String> audience = announcement.settings().audience();
            if (audience.isEmpty() || !hrFeaturesActive) {
                return true;
            }
            return viewerKey != null && audience.stream().anyMatch(group -> people.isInGroup(viewerKey, group));
        }

        public Sight sight(String viewerKey, LocalDate today) {
            AnnouncementSettings settings = announcement.settings();
            return new Sight(inAudience(viewerKey),
                    settings.from() != null && today.isBefore(settings.from()),
                    settings.until() != null && today.isAfter(settings.until()));
        }
    }
}
