package app.hallway.feedback;

import java.util.List;

/**
 * What {@code templates/feedback/panel.vm} shows under a page: the page's reactions, the first page of
 * feedback (most supported first) and the form. Immutable; JavaBean getters, each on the velocity allow-list.
 * An invisible view renders nothing (panel switched off for the space, or nobody logged in).
 */
public final class FeedbackPanelView {
    private static final FeedbackPanelView HIDDEN = new FeedbackPanelView(false, 0, null, null, false, false, List.of(), null, null);

    private final boolean visible;
    private final long pageId;
    private final ReactionBar reactions;
    private final FeedbackList feedback;
    private final boolean anonymousAllowed;
    private final boolean hr;
    private final List<StatusOption> statuses;
    private final FeedbackCard blankItem;
    private final String feedbackTitle;

    FeedbackPanelView(boolean visible, long pageId, ReactionBar reactions, FeedbackList feedback, boolean anonymousAllowed,
                      boolean hr, List<StatusOption> statuses, FeedbackCard blankItem, String feedbackTitle) {
        this.visible = visible;
        this.pageId = pageId;
        this.reactions = reactions;
        this.feedback = feedback;
        this.anonymousAllowed = anonymousAllowed;
        this.hr = hr;
        this.statuses = List.copyOf(statuses);
        this.blankItem = blankItem;
        this.feedbackTitle = feedbackTitle;
    }

    /** "Feedback (12)". */
    public String getFeedbackTitle() {
        return feedbackTitle;
    }

    /** The panel that renders nothing. */
    public static FeedbackPanelView hidden() {
        return HIDDEN;
    }

    public boolean isVisible() {
        return visible;
    }

    public long getPageId() {
        return pageId;
    }

    /** The page's content id, for the REST calls the panel makes. */
    public String getContentId() {
        return String.valueOf(pageId);
    }

    public ReactionBar getReactions() {
        return reactions;
    }

    public FeedbackList getFeedback() {
        return feedback;
    }

    public boolean isHasFeedback() {
        return feedback != null && !feedback.getItems().isEmpty();
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    /** HR see the status menu and the link to their inbox. */
    public boolean isHr() {
        return hr;
    }

    public List<StatusOption> getStatuses() {
        return statuses;
    }

    /**
     * An empty item rendered into a {@code <template>}: the script clones it for items it adds (new feedback,
     * the next page), so items have one markup, labels included, whoever renders them.
     */
    public FeedbackCard getBlankItem() {
        return blankItem;
    }

    public int getMaxLength() {
        return PlainText.MAX_LENGTH;
    }
}
