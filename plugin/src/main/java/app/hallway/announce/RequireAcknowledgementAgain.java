package app.hallway.announce;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;

/**
 * HR marks a change of an announcement's text as one everyone must acknowledge again: acknowledgements of
 * earlier versions stop counting, and the reminders start over for the new version. Without this, earlier
 * acknowledgements stand through edits (a typo fix does not make 10,000 people click again).
 */
public final class RequireAcknowledgementAgain {
    private final Announcements announcements;
    private final AnnouncementAccess access;
    private final Texts texts;

    public RequireAcknowledgementAgain(Announcements announcements, AnnouncementAccess access, Texts texts) {
        this.announcements = announcements;
        this.access = access;
        this.texts = texts;
    }

    /**
     * Requires {@code version}, which must be later than the one required now and no later than the current
     * text. Requiring the version already required changes nothing, so repeating the call is harmless.
     */
    public Announcement require(long announcementId, String viewerKey, int version) {
        Announcement announcement = AnnouncementGuard.forHr(announcements, access, texts, announcementId, viewerKey);
        if (version == announcement.requiredVersion()) {
            return announcement;
        }
        if (version < announcement.requiredVersion() || version > announcement.version()) {
            throw HallwayException.invalid("version", texts.get("hallway.error.announcement.version",
                    version, announcement.requiredVersion() + 1, announcement.version()));
        }
        return announcements.requireVersion(announcementId, version)
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.announcement.not-found")));
    }
}
