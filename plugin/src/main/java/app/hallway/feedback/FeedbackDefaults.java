package app.hallway.feedback;

import java.util.List;

/** The site-wide feedback settings administrators choose: REST JSON and the settings page's view. */
public final class FeedbackDefaults {
    private final boolean panel;
    private final boolean anonymous;
    private final List<String> reactions;
    private final int pollMinimum;

    FeedbackDefaults(boolean panel, boolean anonymous, List<String> reactions, int pollMinimum) {
        this.panel = panel;
        this.anonymous = anonymous;
        this.reactions = List.copyOf(reactions);
        this.pollMinimum = pollMinimum;
    }

    /** Whether the panel shows in spaces that have not chosen. */
    public boolean isPanel() {
        return panel;
    }

    /** Whether anonymous feedback is allowed in spaces that have not chosen. */
    public boolean isAnonymous() {
        return anonymous;
    }

    public List<String> getReactions() {
        return reactions;
    }

    /** The reactions as an administrator edits them: "👍 ❤️ 🎉". */
    public String getReactionList() {
        return String.join(" ", reactions);
    }

    /** How many voters an anonymous poll needs before it shows results. */
    public int getPollMinimum() {
        return pollMinimum;
    }
}
