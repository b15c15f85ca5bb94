package app.hallway.announce;

import java.util.Locale;
import java.util.Optional;

/** Where a person stands with an announcement that asks for acknowledgement. */
public enum ReportStatus {
    /** Has not acknowledged the required version, and the due date has passed. */
    OVERDUE,
    /** Has not acknowledged the required version yet; not due, or no due date. */
    PENDING,
    /** Acknowledged the required version or a later one. */
    ACKNOWLEDGED;

    /** The value in URLs, JSON and CSV: overdue, pending, acknowledged. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportStatus> fromKey(String value) {
        for (ReportStatus status : values()) {
            if (status.key().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
