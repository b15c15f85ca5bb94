package app.hallway.announce;

import java.util.Locale;
import java.util.Optional;

/** How loudly an announcement speaks; storage-format values are the lower-case names, in rising order. */
public enum Priority {
    INFO, IMPORTANT, URGENT;

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this priority is {@code minimum} or louder (the feed's "priority at least" filter). */
    public boolean atLeast(Priority minimum) {
        return compareTo(minimum) >= 0;
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
