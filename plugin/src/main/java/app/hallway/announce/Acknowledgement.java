package app.hallway.announce;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's confirmation that they read an announcement.
 *
 * @param version         the text version they read
 * @param requiredVersion the version HR required when they confirmed; one acknowledgement per person per
 *                        required version, which is what makes acknowledging exactly-once
 */
public record Acknowledgement(long announcementId, String userKey, int version, int requiredVersion, Instant at) {
    public Acknowledgement {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(at, "at");
    }

    /** True while it counts: it acknowledged the required version or a later one. */
    public boolean counts(Announcement announcement) {
        return version >= announcement.requiredVersion();
    }
}
