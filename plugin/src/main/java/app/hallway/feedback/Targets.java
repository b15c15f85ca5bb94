package app.hallway.feedback;

import app.hallway.announce.Announcement;
import app.hallway.announce.AnnouncementAccess;
import app.hallway.announce.Announcements;
import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.util.Optional;

/**
 * Resolves a content id to the page it lives on, and answers 404 for anything the viewer may not see: page
 * permissions always apply, also to announcements and feedback items on the page, and an announcement is seen
 * only by the people it speaks to ({@link AnnouncementAccess#speaksTo}: HR, and its audience while it is shown), as the macro
 * decides.
 */
public final class Targets {
    private final Contents contents;
    private final Announcements announcements;
    private final AnnouncementAccess access;
    private final Time time;
    private final FeedbackItems items;
    private final Texts texts;

    public Targets(Contents contents, Announcements announcements, AnnouncementAccess access, FeedbackItems items, Time time, Texts texts) {
        this.contents = contents;
        this.announcements = announcements;
        this.access = access;
        this.time = time;
        this.items = items;
        this.texts = texts;
    }

    /** The item behind {@code contentId} if {@code viewerKey} may see it; else a 404 that says nothing more. */
    public Target visible(String viewerKey, String contentId) {
        return ItemKey.parse(contentId).flatMap(key -> visible(viewerKey, key)).orElseThrow(this::notFound);
    }

    public Optional<Target> visible(String viewerKey, ItemKey key) {
        return resolve(key, viewerKey).filter(target -> contents.canView(viewerKey, target.pageId()));
    }

    /** A Confluence page or blog post the viewer may see (feedback is given on those only). */
    public Target visiblePage(String viewerKey, String contentId) {
        return ItemKey.parse(contentId)
                .filter(key -> key.kind() == ItemKey.Kind.CONTENT)
                .flatMap(key -> visible(viewerKey, key))
                .orElseThrow(this::notFound);
    }

    public HallwayException notFound() {
        return HallwayException.notFound(texts.get("hallway.error.content.not-found"));
    }

    private Optional<Target> resolve(ItemKey key, String viewerKey) {
        return switch (key.kind()) {
            case CONTENT -> contents.find(key.id()).map(page -> onPage(key, page, page.creatorKey()));
            case ANNOUNCEMENT -> announcements.byId(key.id())
                    .filter(announcement -> access.speaksTo(announcement, viewerKey, time.today()))
                    .flatMap(this::announcement);
            case FEEDBACK -> items.byId(key.id()).flatMap(item -> contents.find(item.pageId())
                    .map(page -> onPage(key, page, item.authorKey())));
        };
    }

    private Optional<Target> announcement(Announcement announcement) {
        ItemKey key = new ItemKey(ItemKey.Kind.ANNOUNCEMENT, announcement.id());
        return contents.find(announcement.contentId()).map(page -> onPage(key, page, page.creatorKey()));
    }

    private static Target onPage(ItemKey key, ContentRef page, String ownerKey) {
        return new Target(key, page.id(), page.title(), page.spaceKey(), page.personalSpace(), ownerKey);
    }
}
