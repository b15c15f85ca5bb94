package app.hallway.leaders;

/**
 * What one person did with another's contribution: the edges of the opinion-leader graph
 * (LEADERS.md, "The method"). Hallway records its own; Confluence's come from event listeners.
 */
public enum InteractionType {
    /** A comment, reply or inline comment on the other's page, blog post, announcement or feedback. */
    COMMENT,
    MENTION,
    /** A Hallway reaction (emoji) to the other's content. */
    REACTION,
    /** A Confluence like. */
    LIKE,
    /** A support vote ("+1") for the other's feedback item. */
    VOTE,
    /** HR's visible answer to the other's feedback item. */
    ANSWER,
    KUDOS,
    EDIT,
    VIEW
}
