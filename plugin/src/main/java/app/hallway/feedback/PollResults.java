package app.hallway.feedback;

import java.util.Locale;
import java.util.Optional;

/** When a poll shows its results: always, once you have voted (default), or once it has closed. */
public enum PollResults {
    ALWAYS, AFTER_VOTE, AFTER_CLOSE;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PollResults> fromValue(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (PollResults results : values()) {
            if (results.value().equals(wanted)) {
                return Optional.of(results);
            }
        }
        return Optional.empty();
    }
}
