package app.hallway.feedback;

import app.hallway.admin.Roles;
import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the panel under a page or blog post for the person viewing it, with a fixed number of indexed
 * queries whatever the page holds: settings, the page's reaction counts and the viewer's reactions, one page
 * of feedback with its counts, the viewer's support and reactions, and the number of items.
 */
public final class ShowFeedbackPanel {
    static final int FIRST_PAGE = 20;
    /** No item has id 0 (ids are random from 1): the blank item's reaction bar reads as all zero. */
    private static final ItemKey BLANK = ItemKey.feedback(0);

    private final Contents contents;
    private final FeedbackSettings settings;
    private final ReactionBars bars;
    private final ListFeedback list;
    private final Roles roles;
    private final Texts texts;

    ShowFeedbackPanel(Contents contents, FeedbackSettings settings, ReactionBars bars, ListFeedback list, Roles roles, Texts texts) {
        this.contents = contents;
        this.settings = settings;
        this.bars = bars;
        this.list = list;
        this.roles = roles;
        this.texts = texts;
    }

    /** The panel for {@code viewer} (empty when nobody is logged in) on page {@code pageId}. */
    public FeedbackPanelView forPage(Optional<Person> viewer, long pageId) {
        Optional<ContentRef> page = contents.find(pageId);
        if (viewer.isEmpty() || page.isEmpty() || !settings.panelEnabled(page.get().spaceKey())
                || !contents.canView(viewer.get().key(), pageId)) {
            return FeedbackPanelView.hidden();
        }
        String me = viewer.get().key();
        boolean hr = roles.isHr(me);
        List<StatusOption> statuses = hr ? Arrays.stream(FeedbackStatus.values())
                .map(s -> new StatusOption(s.value(), texts.get("hallway.feedback.status." + s.value()))).toList() : List.of();
        Map<String, ReactionBar> reactions = bars.forItems(me, List.of(String.valueOf(pageId), BLANK.value()));
        FeedbackList first = list.list(me, pageId, FeedbackOrder.SUPPORT, FIRST_PAGE, null);
        return new FeedbackPanelView(true, pageId, reactions.get(String.valueOf(pageId)), first,
                settings.anonymousAllowed(page.get().spaceKey()), hr, statuses, blank(page.get(), reactions.get(BLANK.value())),
                texts.get("hallway.panel.total", first.getTotal()));
    }

    private static FeedbackCard blank(ContentRef page, ReactionBar noReactions) {
        FeedbackItem item = new FeedbackItem(BLANK.id(), page.id(), page.spaceKey(), null, "", Instant.EPOCH, null,
                FeedbackStatus.OPEN, null, null, null, 0);
        return new FeedbackCard(item, "", false, false, "", "", null, null, noReactions, null);
    }
}
