package app.hallway.announce;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The announcements aimed at a viewer today across the pages they can view: those waiting for their
 * acknowledgement first, then urgent ones, then the newest. Reads at most {@value #CANDIDATES} announcements
 * shown today (an indexed query), then checks page permission and audience for each, and reads the viewer's
 * acknowledgements of them in one query.
 */
public final class ListAnnouncements {
    /** How many announcements shown today are considered; far more than a company publishes at once. */
    static final int CANDIDATES = 500;
    private static final Comparator<FeedEntry> ORDER = Comparator
            .comparing((FeedEntry entry) -> !entry.needsAcknowledgement())
            .thenComparing(entry -> entry.announcement().settings().priority() != Priority.URGENT)
            .thenComparing((FeedEntry entry) -> entry.announcement().publishedAt(), Comparator.reverseOrder())
            .thenComparing(entry -> -entry.announcement().id());

    private final Announcements announcements;
    private final Acknowledgements acknowledgements;
    private final AnnouncementAccess access;
    private final Texts texts;
    private final Time time;

    public ListAnnouncements(Announcements announcements, Acknowledgements acknowledgements, AnnouncementAccess access, Texts texts, Time time) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.access = access;
        this.texts = texts;
        this.time = time;
    }

    /** Every announcement for {@code viewerKey} matching {@code query}, in feed order. */
    public List<FeedEntry> forViewer(String viewerKey, FeedQuery query) {
        if (viewerKey == null) {
            throw HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in"));
        }
        LocalDate today = time.today();
        List<Announcement> visible = announcements.shownOn(today, query.spaceKeys(), query.minimum(), CANDIDATES).stream()
                .filter(announcement -> access.sight(announcement, viewerKey, today).shown())
                .filter(announcement -> access.canView(viewerKey, announcement.contentId()))
                .toList();
        Map<Long, Acknowledgement> mine = acknowledgements.latestOf(viewerKey, visible.stream().map(Announcement::id).toList());
        return visible.stream()
                .map(announcement -> entry(announcement, mine.get(announcement.id()), today))
                .sorted(ORDER)
                .toList();
    }

    private FeedEntry entry(Announcement announcement, Acknowledgement latest, LocalDate today) {
        boolean required = access.acknowledgementActive(announcement);
        Acknowledgement counting = latest != null && latest.counts(announcement) ? latest : null;
        return new FeedEntry(announcement, required, counting, required && counting == null && announcement.settings().isOverdue(today));
    }
}
