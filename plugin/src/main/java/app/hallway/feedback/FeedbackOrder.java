package app.hallway.feedback;

import java.util.Locale;
import java.util.Optional;

/** How a page's feedback is listed: most supported first, or newest first. */
public enum FeedbackOrder {
    SUPPORT, NEWEST;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FeedbackOrder> fromValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(SUPPORT);
        }
        for (FeedbackOrder order : values()) {
            if (order.value().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
