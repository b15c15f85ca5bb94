package app.hallway.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where HR has taken a feedback item; the REST values are the lower-case, hyphenated names. */
public enum FeedbackStatus {
    OPEN, UNDER_REVIEW, PLANNED, DONE, DECLINED;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FeedbackStatus> fromValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.value().equals(wanted)).findFirst();
    }

    /** "open, under-review, planned, done, declined", for error messages. */
    public static String choices() {
        return Arrays.stream(values()).map(FeedbackStatus::value).collect(Collectors.joining(", "));
    }
}
