package app.hallway.leaders;

import java.time.Instant;
import java.util.Objects;

/**
 * One request to compute the report, and how far it got. Kept in the database so that every node shows the
 * same progress.
 *
 * @param heartbeat when the computing node last reported progress; a running computation whose heartbeat
 *                  stops has lost its node
 * @param failure a message for HR when it failed, else null
 */
public record ReportRun(long id, Period period, RunState state, RunStage stage, int percent, String requestedBy,
                        Instant requestedAt, Instant heartbeat, Instant finishedAt, String failure) {
    public ReportRun {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stage, "stage");
    }
}
