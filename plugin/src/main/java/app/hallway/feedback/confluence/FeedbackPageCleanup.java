package app.hallway.feedback.confluence;

import app.hallway.platform.PageCleanup;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The feedback feature's part when a page is removed from Confluence: {@link app.hallway.feedback.RemovePageFeedback}. */
@Named
public final class FeedbackPageCleanup implements PageCleanup {
    private final FeedbackWiring wiring;

    @Inject
    public FeedbackPageCleanup(FeedbackWiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void pageRemoved(long pageId) {
        wiring.useCases().removePage().remove(pageId);
    }
}
