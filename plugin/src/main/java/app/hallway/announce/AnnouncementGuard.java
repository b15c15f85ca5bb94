package app.hallway.announce;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;

/**
 * The one authorisation rule of HR's announcement tools (report, asking again): logged in, the page viewable
 * (else "not found"), HR (else "forbidden"), and an announcement that asks for acknowledgement (else
 * "conflict").
 */
final class AnnouncementGuard {
    private AnnouncementGuard() {
    }

    static Announcement forHr(Announcements announcements, AnnouncementAccess access, Texts texts, long announcementId, String viewerKey) {
        return check(announcements, access.forRequest(), texts, announcementId, viewerKey);
    }

    private static Announcement check(Announcements announcements, AnnouncementAccess access, Texts texts, long announcementId,
                                      String viewerKey) {
        if (viewerKey == null) {
            throw HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in"));
        }
        Announcement announcement = announcements.byId(announcementId)
                .filter(found -> access.canView(viewerKey, found.contentId()))
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.announcement.not-found")));
        if (!access.isHr(viewerKey)) {
            throw HallwayException.forbidden(texts.get("hallway.error.announcement.hr-only"));
        }
        if (!announcement.settings().acknowledgement()) {
            throw HallwayException.conflict(texts.get("hallway.error.announcement.no-acknowledgement"));
        }
        return announcement;
    }
}
