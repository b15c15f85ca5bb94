package app.hallway.feedback;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import java.util.List;

/** A page's feedback, most supported or newest first, a page of items at a time. */
public final class ListFeedback {
    private final Targets targets;
    private final FeedbackItems items;
    private final FeedbackCards cards;
    private final Texts texts;

    ListFeedback(Targets targets, FeedbackItems items, FeedbackCards cards, Texts texts) {
        this.targets = targets;
        this.items = items;
        this.cards = cards;
        this.texts = texts;
    }

    public FeedbackList list(Person viewer, String contentId, String sort, Integer limit, String cursor) {
        Target page = targets.visiblePage(viewer.key(), contentId);
        FeedbackOrder order = FeedbackOrder.fromValue(sort).orElseThrow(() -> HallwayException.invalid("sort",
                texts.get("hallway.error.feedback.sort", sort)));
        return list(viewer.key(), page.pageId(), order, Paging.limit(limit, texts), cursor);
    }

    /** For the panel: the viewer may see the page already. */
    FeedbackList list(String viewerKey, long pageId, FeedbackOrder order, int limit, String cursor) {
        long[] after = Paging.decode(cursor, 3, texts);
        if (after != null && after[0] != order.ordinal()) {
            throw HallwayException.invalid("cursor", texts.get("hallway.error.cursor"));
        }
        List<FeedbackItem> found = items.onPage(pageId, order, after == null ? null : new FeedbackCursor(after[1], after[2]), limit + 1);
        List<FeedbackItem> page = found.subList(0, Math.min(limit, found.size()));
        String next = null;
        if (found.size() > limit) {
            FeedbackItem last = page.get(page.size() - 1);
            next = Paging.encode(order.ordinal(), sortValue(order, last), last.id());
        }
        return new FeedbackList(cards.of(viewerKey, page, false), items.countOnPage(pageId), next);
    }

    static long sortValue(FeedbackOrder order, FeedbackItem item) {
        return order == FeedbackOrder.SUPPORT ? item.support() : item.created().toEpochMilli();
    }
}
