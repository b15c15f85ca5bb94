package app.hallway.announce;

import java.util.Optional;

/** Where announcements are kept. Implementations are safe to call concurrently from every cluster node. */
public interface Announcements {
    /**
     * The announcement of this macro instance, created on first sight. A different {@code textHash}
     * from the stored one makes a new version; the same hash changes nothing, so rendering is idempotent.
     */
    Announcement register(long contentId, String macroId, String title, String textHash);

    Optional<Announcement> byId(long id);
}
