package app.hallway.announce;

import app.hallway.platform.Links;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import java.util.List;
import java.util.Locale;

/**
 * Renders the {@code hallway-announcements} feed macro for a viewer: the company's news page. Anonymous
 * viewers get the empty state (Hallway serves nobody who is not logged in).
 */
public final class ShowFeed {
    private final ListAnnouncements list;
    private final AnnouncementAccess access;
    private final People people;
    private final Texts texts;
    private final Links links;

    public ShowFeed(ListAnnouncements list, AnnouncementAccess access, People people, Texts texts, Links links) {
        this.list = list;
        this.access = access;
        this.people = people;
        this.texts = texts;
        this.links = links;
    }

    public FeedView forViewer(MacroCall call, String viewerKey) {
        AnnouncementAccess access = this.access.forRequest();
        FeedParameters parameters = FeedParameters.parse(call.parameters());
        boolean editor = call.preview() || access.isHr(viewerKey) || access.canEdit(viewerKey, call.contentId());
        List<String> problems = editor
                ? parameters.problems().stream().map(p -> texts.get(p.messageKey(), p.arguments().toArray())).toList()
                : List.of();
        if (viewerKey == null) {
            return new FeedView(List.of(), texts.get("hallway.feed.empty.anonymous"), problems);
        }
        DateLabels dates = DateLabels.of(people.localeOf(viewerKey));
        List<FeedItemView> items = list.forViewer(viewerKey, parameters.query()).stream()
                .limit(parameters.max())
                .map(entry -> item(entry, dates))
                .toList();
        String empty = parameters.query().spaceKeys().isEmpty() && parameters.query().minimum() == Priority.INFO
                ? texts.get("hallway.feed.empty") : texts.get("hallway.feed.empty.filtered");
        return new FeedView(items, empty, problems);
    }

    private FeedItemView item(FeedEntry entry, DateLabels dates) {
        Announcement announcement = entry.announcement();
        String status = "";
        if (entry.acknowledgement() != null) {
            status = texts.get("hallway.announcement.acknowledged-on", dates.date(entry.acknowledgement().at()));
        } else if (entry.acknowledgementRequired()) {
            status = announcement.settings().due() == null ? texts.get("hallway.feed.status.please-acknowledge")
                    : texts.get(entry.overdue() ? "hallway.announcement.was-due" : "hallway.announcement.due",
                            dates.date(announcement.settings().due()));
        }
        String priority = announcement.settings().priority().parameterValue().toLowerCase(Locale.ROOT);
        return new FeedItemView(entry, links.relative(AnnouncementLinks.page(announcement.contentId())),
                texts.get("hallway.announcement.priority." + priority), dates.date(announcement.publishedAt()), status);
    }
}
