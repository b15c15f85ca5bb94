package app.hallway.leaders;

import java.time.Instant;
import java.util.Optional;

/**
 * Report computations, shared by every node. At most one is active (queued or running) at a time across the
 * cluster: the store enforces it, so two nodes asked at the same moment never start two.
 */
public interface ReportRuns {
    /**
     * Queues a computation of {@code period}, unless one is already active: then nothing is queued and the
     * active one is returned with {@code created} false.
     */
    Requested request(Period period, String requestedBy, Instant at);

    Optional<ReportRun> byId(long id);

    /** The queued or running computation, if any. */
    Optional<ReportRun> active();

    /** The most recently finished computation that succeeded. */
    Optional<ReportRun> latestDone();

    /** The most recently requested computation, whatever its state. */
    Optional<ReportRun> latest();

    /** Marks a queued computation running; false if it is not queued (another node claimed it). */
    boolean claim(long id, Instant at);

    void progress(long id, RunStage stage, int percent, Instant at);

    void finish(long id, Instant at);

    /** Marks the computation failed and no longer active. */
    void fail(long id, String failure, Instant at);

    /** The outcome of {@link #request}. */
    record Requested(ReportRun run, boolean created) {
    }
}
