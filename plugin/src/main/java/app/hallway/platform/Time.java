package app.hallway.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Now, as Hallway sees it; tests substitute a fixed one. */
public interface Time {
    Instant now();

    /** Today in the server's zone, for date-only parameters such as "shown until 2026-12-31". */
    default LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneId.systemDefault());
    }
}
