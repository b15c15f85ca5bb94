package app.hallway.leaders;

import app.hallway.leaders.scoring.InteractionKind;

/** Which scoring kind each recorded interaction type counts as (LEADERS.md, "The method"). */
final class Kinds {
    private Kinds() {
    }

    /**
     * The kind {@code type} counts as, or null when it does not count: views only where page analytics are
     * lawful and switched on ({@code countViews}).
     */
    static InteractionKind of(InteractionType type, boolean countViews) {
        return switch (type) {
            // HR's visible answer to someone's feedback is a reply to it.
            case COMMENT, ANSWER -> InteractionKind.COMMENT;
            case MENTION -> InteractionKind.MENTION;
            case REACTION -> InteractionKind.REACTION;
            case LIKE -> InteractionKind.LIKE;
            case VOTE -> InteractionKind.VOTE;
            case KUDOS -> InteractionKind.KUDOS;
            case EDIT -> InteractionKind.EDIT;
            case VIEW -> countViews ? InteractionKind.VIEW : null;
        };
    }
}
