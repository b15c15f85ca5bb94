package app.hallway.announce;

import java.time.Instant;
import java.util.Objects;

/**
 * One announcement: one macro instance on one page, stable across page edits. Its {@code version} grows
 * when the text changes; acknowledgements belong to a version, and count while their version is at least
 * {@code requiredVersion} (which HR raises when a change must be acknowledged again).
 *
 * @param publisherKey who the announcement speaks for: the person whose save last changed it, or an HR member
 *                     who saved the page since (see {@link Registration#publisherAfter}); null when unknown
 * @param excerpt      the start of the default text, plain, for feeds
 * @param audienceSize how many people the audience groups held when last counted; -1 before the first count
 */
public record Announcement(long id, long contentId, String macroId, String spaceKey, String title, String excerpt,
                           int version, int requiredVersion, AnnouncementSettings settings, String publisherKey,
                           Instant publishedAt, Instant changedAt, int audienceSize) {
    public Announcement {
        Objects.requireNonNull(settings, "settings");
        spaceKey = spaceKey == null ? "" : spaceKey;
        excerpt = excerpt == null ? "" : excerpt;
        requiredVersion = Math.max(1, Math.min(requiredVersion, version));
    }

    /** True when the text changed since the version everyone must have acknowledged, so HR may ask again. */
    public boolean hasUnrequiredChanges() {
        return version > requiredVersion;
    }

    public Announcement withRequiredVersion(int required) {
        return new Announcement(id, contentId, macroId, spaceKey, title, excerpt, version, required, settings, publisherKey,
                publishedAt, changedAt, audienceSize);
    }

    public Announcement withAudienceSize(int size) {
        return new Announcement(id, contentId, macroId, spaceKey, title, excerpt, version, requiredVersion, settings,
                publisherKey, publishedAt, changedAt, size);
    }
}
