package app.hallway.sandbox.host;

import app.hallway.sandbox.content.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The mail Confluence would have sent: the sandbox's notifier appends here instead, and
 * {@code /sandbox/outbox} shows it. Kept in the database so every node shows the same outbox.
 */
public final class Outbox {
    private final Jdbc jdbc;
    private final Clock clock;

    public Outbox(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a message to {@code recipient} (a username or an address); {@code htmlBody} is sent as is. */
    public void append(String recipient, String subject, String htmlBody) {
        jdbc.insert("INSERT INTO SANDBOX_OUTBOX (RECIPIENT, SUBJECT, BODY, SENT_AT) VALUES (?, ?, ?, ?)",
                recipient, subject, htmlBody, clock.millis());
    }

    /** The latest {@code limit} messages, newest first. */
    public List<Message> recent(int limit) {
        return jdbc.query("SELECT ID, RECIPIENT, SUBJECT, BODY, SENT_AT FROM SANDBOX_OUTBOX ORDER BY ID DESC LIMIT ?",
                row -> new Message(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        Instant.ofEpochMilli(row.getLong(5))), limit);
    }

    /** One message in the outbox. */
    public record Message(long id, String recipient, String subject, String htmlBody, Instant sentAt) {
    }
}
