package app.hallway.announce;

import java.util.Set;

/**
 * Which announcements a feed lists.
 *
 * @param spaceKeys only these spaces; empty for all the viewer can see
 * @param minimum   only this priority or louder
 */
public record FeedQuery(Set<String> spaceKeys, Priority minimum) {
    public FeedQuery {
        spaceKeys = Set.copyOf(spaceKeys);
    }

    public static FeedQuery everything() {
        return new FeedQuery(Set.of(), Priority.INFO);
    }
}
