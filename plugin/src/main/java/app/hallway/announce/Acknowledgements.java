package app.hallway.announce;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who acknowledged which announcement. Safe to call concurrently from every node: the store, not a lock,
 * keeps one acknowledgement per person and required version.
 */
public interface Acknowledgements {
    /**
     * Records that {@code userKey} read {@code version}. When they already acknowledged under the same
     * {@code requiredVersion}, the first acknowledgement is returned unchanged (acknowledging twice keeps the
     * first time).
     */
    Acknowledgement acknowledge(long announcementId, String userKey, int version, int requiredVersion, Instant at);

    /** The person's acknowledgement of the highest version, if any. */
    Optional<Acknowledgement> latest(long announcementId, String userKey);

    /** How many acknowledgements of {@code minVersion} or later there are: an indexed count, never a row load. */
    int countFrom(long announcementId, int minVersion);

    /** Each person's latest acknowledgement, by user key: for reports and reminders, never for a page view. */
    Map<String, Acknowledgement> latestByPerson(long announcementId);

    /** One person's latest acknowledgement of each of {@code announcementIds} that they acknowledged. */
    Map<Long, Acknowledgement> latestOf(String userKey, Collection<Long> announcementIds);

    /** Every acknowledgement {@code userKey} gave, of every announcement and version, oldest first: for their privacy export. */
    List<Acknowledgement> givenBy(String userKey);

    /** Deletes every acknowledgement of these announcements (whose page was removed), in one transaction. */
    void removeAll(Collection<Long> announcementIds);
}
