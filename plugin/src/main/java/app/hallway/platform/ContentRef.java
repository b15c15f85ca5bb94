package app.hallway.platform;

/** A Confluence page or blog post, as much of it as Hallway needs. */
public record ContentRef(long id, String type, String title, String spaceKey, boolean personalSpace) {
}
