package app.hallway.platform;

/**
 * A Confluence page or blog post, as much of it as Hallway needs.
 *
 * @param creatorKey the user key of whoever created it (whose content it is, for the interaction log); null
 *                   when unknown
 */
public record ContentRef(long id, String type, String title, String spaceKey, boolean personalSpace, String creatorKey) {
    /** Without a known creator. */
    public ContentRef(long id, String type, String title, String spaceKey, boolean personalSpace) {
        this(id, type, title, spaceKey, personalSpace, null);
    }
}
