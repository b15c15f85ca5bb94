package app.hallway.feedback;

/** One poll macro instance, stable across page edits, with the number of people who have voted in it. */
public record Poll(long id, long pageId, String macroId, PollDefinition definition, int voters) {
}
