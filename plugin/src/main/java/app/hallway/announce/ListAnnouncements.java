package app.hallway.announce;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The announcements aimed at a viewer today across the pages they can view: those waiting for their
 * acknowledgement first, then urgent ones, then the newest. Reads at most {@value #CANDIDATES} announcements
 * shown today (an indexed query), then checks audience, page permission and that the macro is still on its
 * page for each, and reads the viewer's acknowledgements of them in one query.
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
    private final AnnouncementPages pages;
    private final Texts texts;
    private final Time time;

    public ListAnnouncements(Announcements announcements, Acknowledgements acknowledgements, AnnouncementAccess access,
                             AnnouncementPages pages, Texts texts, Time time) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.access = access;
        this.pages = pages;
        this.texts = texts;
        this.time = time;
    }

    /** Every announcement for {@code viewerKey} matching {@code query}, in feed order. */
    public List<FeedEntry> forViewer(String viewerKey, FeedQuery query) {
        AnnouncementAccess access = this.access.forRequest();
        if (viewerKey == null) {
            throw HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in"));
        }
        LocalDate today = time.today();
        Map<Announcement, Boolean> visible = new LinkedHashMap<>();
        for (Announcement announcement : announcements.shownOn(today, query.spaceKeys(), query.minimum(), CANDIDATES)) {
            AnnouncementAccess.Rules rules = access.rules(announcement);
            if (rules.sight(viewerKey, today).shown() && access.canView(viewerKey, announcement.contentId())
                    && pages.stillOn(announcement.contentId(), announcement.macroId())) {
                visible.put(announcement, rules.acknowledgementActive());
            }
        }
        Map<Long, Acknowledgement> mine = acknowledgements.latestOf(viewerKey, visible.keySet().stream().map(Announcement::id).toList());
        return visible.entrySet().stream()
                .map(shown -> entry(shown.getKey(), shown.getValue(), mine.get(shown.getKey().id()), today))
                .sorted(ORDER)
                .toList();
    }

    private static FeedEntry entry(Announcement announcement, boolean required, Acknowledgement latest, LocalDate today) {
        Acknowledgement counting = latest != null && latest.counts(announcement) ? latest : null;
        return new FeedEntry(announcement, required, counting, required && counting == null && announcement.settings().isOverdue(today));
    }
}
