package app.hallway.feedback;

/**
 * An item someone may react to or give feedback on, resolved to the page it lives on.
 *
 * @param ownerKey whose contribution it is (the page's creator, a named feedback item's author), for the
 *                 interaction log; null when unknown or anonymous
 * @param personalSpace true in a personal space, which the opinion-leader report never uses
 */
public record Target(ItemKey key, long pageId, String pageTitle, String spaceKey, boolean personalSpace, String ownerKey) {
    public String contentId() {
        return key.value();
    }
}
