package app.hallway.sandbox.host;

import app.hallway.sandbox.content.Jdbc;
import app.hallway.sandbox.content.JdbcException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which users of the sandbox directory an administrator has deactivated, as Confluence's user administration
 * does: they stay in the directory (and keep authorship of what they wrote) but are no longer active. The
 * directory itself is rebuilt from a seed on every node; this state is kept in the database so that every node
 * agrees on it.
 */
public final class Deactivations {
    private final Jdbc jdbc;
    private final Clock clock;

    public Deactivations(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Deactivates {@code username}; doing it again changes nothing. */
    public void deactivate(String username) {
        try {
            jdbc.update("INSERT INTO SANDBOX_DEACTIVATED (USERNAME, SINCE) VALUES (?, ?)", normal(username), clock.millis());
        } catch (JdbcException e) {
            if (!e.isConstraintViolation()) {
                throw e;
            }
        }
    }

    public void reactivate(String username) {
        jdbc.update("DELETE FROM SANDBOX_DEACTIVATED WHERE USERNAME = ?", normal(username));
    }

    public boolean isDeactivated(String username) {
        return username != null && !jdbc.query("SELECT USERNAME FROM SANDBOX_DEACTIVATED WHERE USERNAME = ?",
                row -> row.getString(1), normal(username)).isEmpty();
    }

    /** Every deactivated username, lower case. */
    public Set<String> all() {
        return new TreeSet<>(jdbc.query("SELECT USERNAME FROM SANDBOX_DEACTIVATED", row -> row.getString(1)));
    }

    private static String normal(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
