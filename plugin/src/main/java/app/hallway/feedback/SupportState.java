package app.hallway.feedback;

/** An item's support after a vote, and whether the viewer supports it: the REST answer of a vote. */
public record SupportState(long itemId, int support, boolean supported) {
}
