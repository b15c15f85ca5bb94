package app.hallway.leaders;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Employees who object to being profiled (LEADERS.md, "Privacy"). An objector is left out of every report
 * computed after the objection, with all their interactions in either direction. Shared by every node.
 */
public interface Objections {
    /** Records the objection; objecting again keeps the first date. */
    void object(String userKey, Instant at);

    /** Withdraws the objection; the person is profiled again from the next computation on. */
    void withdraw(String userKey);

    Optional<Instant> objectedAt(String userKey);

    /** Every objector's user key. */
    Set<String> all();
}
