package app.hallway.announce;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;

/**
 * One announcement for REST: to people it is shown to (audience, dates, page permission) with their own
 * acknowledgement state, and to HR (who can view the page) with the counts as well.
 */
public final class ReadAnnouncement {
    private final Announcements announcements;
    private final Acknowledgements acknowledgements;
    private final AnnouncementAccess access;
    private final Texts texts;
    private final Time time;

    public ReadAnnouncement(Announcements announcements, Acknowledgements acknowledgements, AnnouncementAccess access, Texts texts, Time time) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.access = access;
        this.texts = texts;
        this.time = time;
    }

    public AnnouncementDetails read(long announcementId, String viewerKey) {
        AnnouncementAccess access = this.access.forRequest();
        if (viewerKey == null) {
            throw HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in"));
        }
        boolean hr = access.isHr(viewerKey);
        Announcement announcement = announcements.byId(announcementId)
                .filter(found -> access.canView(viewerKey, found.contentId()))
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.announcement.not-found")));
        AnnouncementAccess.Rules rules = access.rules(announcement);
        if (!hr && !rules.sight(viewerKey, time.today()).shown()) {
            throw HallwayException.notFound(texts.get("hallway.error.announcement.not-found"));
        }
        boolean required = rules.acknowledgementActive();
        Acknowledgement mine = acknowledgements.latest(announcementId, viewerKey).filter(ack -> ack.counts(announcement)).orElse(null);
        boolean overdue = required && mine == null && announcement.settings().isOverdue(time.today());
        return new AnnouncementDetails(announcement, required, mine, overdue,
                hr ? acknowledgements.countFrom(announcementId, announcement.requiredVersion()) : null,
                hr ? announcement.audienceSize() : null);
    }
}
