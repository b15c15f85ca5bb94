package app.hallway.announce;

/**
 * One announcement: one macro instance on one page, stable across page edits. Its {@code version} grows
 * when the text changes; acknowledgements belong to a version.
 */
public record Announcement(long id, long contentId, String macroId, String title, int version) {
}
