package app.hallway.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The inbox's age filter: written in the last week, in the last 30 days, or more than 30 days ago. */
public enum InboxAge {
    WEEK, MONTH, OLDER;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InboxAge> fromValue(String value) {
        for (InboxAge age : values()) {
            if (age.value().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(age);
            }
        }
        return Optional.empty();
    }

    Instant from(Instant now) {
        return switch (this) {
            case WEEK -> now.minus(Duration.ofDays(7));
            case MONTH -> now.minus(Duration.ofDays(30));
            case OLDER -> null;
        };
    }

    Instant before(Instant now) {
        return this == OLDER ? now.minus(Duration.ofDays(30)) : null;
    }
}
