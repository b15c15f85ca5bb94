package app.hallway.leaders;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The interaction log's deletion of what retention no longer allows it to keep. Implementations delete in
 * bounded chunks, each a transaction of its own, so that a large purge holds no long transaction and no lock on
 * the whole log while colleagues keep interacting.
 */
public interface ExpiredInteractions {
    /** Deletes every raw interaction that occurred before {@code cutoff}; returns how many. */
    long deleteRawBefore(Instant cutoff);

    /** Deletes every daily rollup dated before {@code firstDayKept}; returns how many. */
    long deleteRollupsBefore(LocalDate firstDayKept);
}
