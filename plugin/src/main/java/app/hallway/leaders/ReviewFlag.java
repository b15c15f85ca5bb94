package app.hallway.leaders;

/**
 * Patterns a human should look at before trusting a standing (LEADERS.md, "Gaming"). A flag never changes a
 * score, a band or a gate: it is shown, not applied.
 */
public enum ReviewFlag {
    /** Most of the endorsements in the period arrived within a single week. */
    BURST,
    /** Endorsed mostly by a tight group of people who also endorse each other and whom the person endorses back. */
    RECIPROCAL_CLUSTER
}
