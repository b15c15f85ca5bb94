package app.hallway.feedback;

/**
 * One reaction on one item after someone toggled it: its count and whether they now give it. The answer to
 * {@code PUT}/{@code DELETE /reactions/{contentId}/{reaction}}; the whole bar is {@code GET /reactions/{contentId}}.
 */
public record ReactionState(String contentId, String reaction, int count, boolean mine) {
}
