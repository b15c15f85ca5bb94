package app.hallway.leaders.confluence;

import app.hallway.platform.Texts;
import java.util.List;

/** What {@code templates/leaders/privacy.vm} shows around the privacy script. Immutable. */
public final class PrivacyPageView {
    /** The labels the privacy script shows; all are keys of the i18n bundles. */
    static final List<String> MESSAGES = List.of(
            "hallway.privacy.status.included", "hallway.privacy.status.objected", "hallway.privacy.object",
            "hallway.privacy.withdraw", "hallway.privacy.objected.done", "hallway.privacy.withdrawn.done",
            "hallway.privacy.erase.confirm", "hallway.privacy.erase.done", "hallway.privacy.erase.cancel",
            "hallway.privacy.erase.really", "hallway.privacy.nothing", "hallway.privacy.given", "hallway.privacy.received",
            "hallway.privacy.report.none", "hallway.privacy.report.included", "hallway.privacy.report.leader",
            "hallway.privacy.report.not-leader", "hallway.privacy.feedback.summary", "hallway.privacy.announcements.summary",
            "hallway.privacy.type.COMMENT", "hallway.privacy.type.MENTION", "hallway.privacy.type.REACTION",
            "hallway.privacy.type.LIKE", "hallway.privacy.type.VOTE", "hallway.privacy.type.ANSWER",
            "hallway.privacy.type.KUDOS", "hallway.privacy.type.EDIT", "hallway.privacy.type.VIEW",
            "hallway.leaders.band.TOP_1", "hallway.leaders.band.TOP_5", "hallway.leaders.band.OTHER",
            "hallway.leaders.error.generic");

    private final ScriptPage page;

    PrivacyPageView(String contextPath, Texts texts) {
        this.page = new ScriptPage(contextPath, "privacy.js", texts, MESSAGES);
    }

    public String getRestBase() {
        return page.restBase();
    }

    public String getScriptUrl() {
        return page.scriptUrl();
    }

    public String getStyleUrl() {
        return page.styleUrl();
    }

    public String getMessagesJson() {
        return page.messagesJson();
    }
}
