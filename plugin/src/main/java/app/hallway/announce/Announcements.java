package app.hallway.announce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where announcements are kept. Implementations are safe to call concurrently from every cluster node. */
public interface Announcements {
    /**
     * The announcement of this macro instance, created on first sight. A different text hash from the stored
     * one makes a new version; different settings are stored; the publisher follows
     * {@link Registration#publisherAfter}. Registering what is already stored writes nothing, so rendering is
     * idempotent and cheap.
     */
    Announcement register(Registration registration);

    Optional<Announcement> byId(long id);

    /**
     * Announcements shown on {@code today} (no start or started, no end or not ended), newest first.
     *
     * @param spaceKeys only these spaces; empty for all
     * @param minimum   only this priority or louder
     */
    List<Announcement> shownOn(LocalDate today, Set<String> spaceKeys, Priority minimum, int limit);

    /** Announcements that ask for acknowledgement by a due date and are still shown on {@code today}. */
    List<Announcement> awaitingAcknowledgement(LocalDate today);

    /**
     * Raises the version everyone must have acknowledged. Only ever raises: earlier acknowledgements that
     * stopped counting never count again, so counts stay exact.
     *
     * @return the announcement as stored afterwards; empty when there is none
     */
    Optional<Announcement> requireVersion(long id, int version);

    /** Stores how many people the audience held when last counted (the "M" of "N of M"). */
    void recordAudienceSize(long id, int size);

    /** The ids of the announcements on a page or blog post (one per macro instance ever rendered). */
    List<Long> onPage(long contentId);

    /** Deletes the announcements on a page removed from Confluence (their acknowledgements are another store's). */
    void removeOnPage(long contentId);
}
