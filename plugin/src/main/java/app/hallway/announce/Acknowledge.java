package app.hallway.announce;

import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A viewer confirms they read an announcement. Only an announcement aimed at them, shown today, on a page
 * they can view; anything else is "not found", so Hallway never confirms what someone may not see. Repeating
 * it is harmless: an acknowledgement that still counts is returned unchanged, with its first time.
 */
public final class Acknowledge {
    private final Announcements announcements;
    private final Acknowledgements acknowledgements;
    private final AnnouncementAccess access;
    private final People people;
    private final Texts texts;
    private final Time time;

    public Acknowledge(Announcements announcements, Acknowledgements acknowledgements, AnnouncementAccess access, People people,
                       Texts texts, Time time) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.access = access;
        this.people = people;
        this.texts = texts;
        this.time = time;
    }

    public AcknowledgementState acknowledge(long announcementId, String viewerKey) {
        AnnouncementAccess access = this.access.forRequest();
        if (viewerKey == null) {
            throw HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in"));
        }
        Announcement announcement = announcements.byId(announcementId)
                .filter(found -> access.canView(viewerKey, found.contentId()))
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.announcement.not-found")));
        AnnouncementAccess.Rules rules = access.rules(announcement);
        if (!rules.sight(viewerKey, time.today()).shown()) {
            throw HallwayException.notFound(texts.get("hallway.error.announcement.not-found"));
        }
        if (!rules.acknowledgementActive()) {
            throw HallwayException.conflict(texts.get("hallway.error.announcement.no-acknowledgement"));
        }
        Optional<Acknowledgement> standing = acknowledgements.latest(announcementId, viewerKey).filter(ack -> ack.counts(announcement));
        if (standing.isPresent()) {
            return state(announcement, standing.get(), false, viewerKey);
        }
        // Stores keep milliseconds; so does the time compared below.
        Instant now = time.now().truncatedTo(ChronoUnit.MILLIS);
        Acknowledgement recorded = acknowledgements.acknowledge(announcementId, viewerKey, announcement.version(),
                announcement.requiredVersion(), now);
        // A concurrent request of the same person may have won the race; the store then returned its acknowledgement.
        return state(announcement, recorded, recorded.at().equals(now), viewerKey);
    }

    private AcknowledgementState state(Announcement announcement, Acknowledgement acknowledgement, boolean recordedNow, String viewerKey) {
        String label = texts.get("hallway.announcement.acknowledged-on", DateLabels.of(people.localeOf(viewerKey)).date(acknowledgement.at()));
        return new AcknowledgementState(announcement, acknowledgement, recordedNow, label);
    }
}
