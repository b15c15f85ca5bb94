package app.hallway.feedback;

import app.hallway.platform.TextPart;
import java.util.List;

/**
 * One feedback item as a viewer sees it: the REST JSON of an item and what the panel template shows (JavaBean
 * getters, each on the velocity allow-list). It never carries a user key: named authors by display name only,
 * anonymous ones not at all.
 */
public final class FeedbackCard {
    private final FeedbackItem item;
    private final String authorName;
    private final boolean mine;
    private final boolean supported;
    private final String createdLabel;
    private final String statusLabel;
    private final String responderName;
    private final String respondedLabel;
    private final ReactionBar reactions;
    private final PageInfo page;

    FeedbackCard(FeedbackItem item, String authorName, boolean mine, boolean supported, String createdLabel,
                 String statusLabel, String responderName, String respondedLabel, ReactionBar reactions, PageInfo page) {
        this.item = item;
        this.authorName = authorName;
        this.mine = mine;
        this.supported = supported;
        this.createdLabel = createdLabel;
        this.statusLabel = statusLabel;
        this.responderName = responderName;
        this.respondedLabel = respondedLabel;
        this.reactions = reactions;
        this.page = page;
    }

    /** Where an item is, for lists across pages (HR's inbox); null on a page's own panel. */
    record PageInfo(String title) {
    }

    public long getId() {
        return item.id();
    }

    /** The item's content id for reactions, {@code feedback:N}. */
    public String getContentId() {
        return item.key().value();
    }

    public long getPageId() {
        return item.pageId();
    }

    public String getPageTitle() {
        return page == null ? null : page.title();
    }

    public String getSpaceKey() {
        return item.spaceKey();
    }

    public String getText() {
        return item.text();
    }

    /** The text with its {@code http(s)} links marked, the only markup it may become. */
    public List<TextPart> getTextParts() {
        return app.hallway.platform.LinkedText.parse(item.text());
    }

    public boolean isAnonymous() {
        return item.anonymous();
    }

    /** The named author's display name; null for anonymous feedback. */
    public String getAuthorName() {
        return authorName;
    }

    /** True for the viewer's own named feedback, which they may edit and withdraw. */
    public boolean isMine() {
        return mine;
    }

    /** Whether the viewer may support it: not their own named feedback. */
    public boolean isCanSupport() {
        return !mine;
    }

    /** ISO-8601; only a day (midnight UTC) for anonymous feedback. */
    public String getCreated() {
        return item.created().toString();
    }

    public String getCreatedLabel() {
        return createdLabel;
    }

    public boolean isEdited() {
        return item.edited() != null;
    }

    public int getSupport() {
        return item.support();
    }

    public boolean isSupported() {
        return supported;
    }

    public String getStatus() {
        return item.status().value();
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public boolean isAnswered() {
        return item.response() != null || item.status() != FeedbackStatus.OPEN;
    }

    public String getResponse() {
        return item.response();
    }

    public List<TextPart> getResponseParts() {
        return app.hallway.platform.LinkedText.parse(item.response());
    }

    public String getResponderName() {
        return responderName;
    }

    public String getResponded() {
        return item.responded() == null ? null : item.responded().toString();
    }

    public String getRespondedLabel() {
        return respondedLabel;
    }

    public ReactionBar getReactions() {
        return reactions;
    }
}
