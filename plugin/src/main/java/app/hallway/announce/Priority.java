package app.hallway.announce;

import java.util.Locale;
import java.util.Optional;

/** How loudly an announcement speaks; storage-format values are the lower-case names. */
public enum Priority {
    INFO, IMPORTANT, URGENT;

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> fromParameter(String value) {
        for (Priority priority : values()) {
            if (priority.parameterValue().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }
}
