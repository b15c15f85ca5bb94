package app.hallway.platform;

import java.util.Objects;

/** A message for one person: a subject, plain text, and the Hallway page it is about (relative URL). */
public record Notification(String recipientKey, String subject, String text, String link) {
    public Notification {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
