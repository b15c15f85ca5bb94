package app.hallway.feedback;

import java.util.List;

/**
 * The reactions of one item as a viewer sees them, in the configured order, zero counts included (they are
 * the buttons). The REST answer for {@code /reactions/{contentId}} and part of the panel view.
 */
public final class ReactionBar {
    private final String contentId;
    private final List<ReactionCount> reactions;

    public ReactionBar(String contentId, List<ReactionCount> reactions) {
        this.contentId = contentId;
        this.reactions = List.copyOf(reactions);
    }

    public String getContentId() {
        return contentId;
    }

    public List<ReactionCount> getReactions() {
        return reactions;
    }

    /** The count of one reaction (0 when absent). */
    public int count(String reaction) {
        return reactions.stream().filter(r -> r.getReaction().equals(reaction)).mapToInt(ReactionCount::getCount).findFirst().orElse(0);
    }
}
