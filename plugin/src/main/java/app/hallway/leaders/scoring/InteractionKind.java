package app.hallway.leaders.scoring;

/**
 * What an endorser did with something the endorsed person wrote or did, with the starting weight
 * the method gives it (LEADERS.md, "The method"). Each kind saturates on its own:
 * {@code weight · log2(1 + decayedCount)} per kind and pair.
 */
public enum InteractionKind {
    /** Comment, reply or inline comment on the endorsed person's page, blog post, announcement or feedback. */
    COMMENT(3),
    /** An @mention of the endorsed person. */
    MENTION(2),
    /** A reaction to the endorsed person's content. */
    REACTION(1),
    /** A like of the endorsed person's content. */
    LIKE(1),
    /** A vote for the endorsed person's feedback. */
    VOTE(1),
    /** Kudos to the endorsed person. */
    KUDOS(1),
    /** An edit of the endorsed person's page. */
    EDIT(1),
    /** A view of the endorsed person's page; only where page analytics are lawful and switched on. */
    VIEW(0.05);

    private final double weight;

    InteractionKind(double weight) {
        this.weight = weight;
    }

    /** The starting weight of one saturated unit of this kind. */
    public double weight() {
        return weight;
    }
}
