package app.hallway.leaders;

import java.time.Instant;

/** A fixed moment for objections and runs in tests. */
final class FixedTimeInstant {
    static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    private FixedTimeInstant() {
    }
}
