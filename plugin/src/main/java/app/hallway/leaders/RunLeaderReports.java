package app.hallway.leaders;

import app.hallway.platform.ClusterLocks;
import app.hallway.platform.Time;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs report computations in the background, once across the cluster: a request queues a run (at most one is
 * active, the store sees to that), and {@link #work()} computes it while holding the cluster lock, writing
 * its progress to the database so that any node can show it, then caching the result until the next run.
 * A node that holds no lock does nothing, so a run is never computed twice; a run whose node stopped
 * reporting progress is declared failed and may be requested again. Before computing, a run archives the months of
 * the log that closed since the last one ({@link RollupArchives}), so that reading the log stays fast.
 */
public final class RunLeaderReports {
    static final String LOCK = "leaders.report";
    /** A run that has reported no progress for this long has lost its node. */
    static final Duration STALLED = Duration.ofMinutes(10);
    static final String STALLED_FAILURE = "stalled";
    static final String STOPPED_FAILURE = "stopped";
    private static final Logger LOG = LoggerFactory.getLogger(RunLeaderReports.class);
    /** Progress is written at most this often (and on every change of stage). */
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final ReportRuns runs;
    private final ReportResults results;
    private final ComputeLeaderReport compute;
    private final ClusterLocks locks;
    private final Time time;
    private final RollupArchives archives;

    public RunLeaderReports(ReportRuns runs, ReportResults results, ComputeLeaderReport compute, ClusterLocks locks, Time time,
                            RollupArchives archives) {
        this.runs = runs;
        this.results = results;
        this.compute = compute;
        this.locks = locks;
        this.time = time;
        this.archives = archives;
    }

    /**
     * Queues a computation of {@code period} unless one is active; a stalled active run is failed first. The
     * caller starts {@link #work()} in the background when a run was created.
     */
    public ReportRuns.Requested request(Period period, String requestedBy) {
        Instant now = time.now();
        runs.active().filter(run -> stalled(run, now)).ifPresent(run -> runs.fail(run.id(), STALLED_FAILURE, now));
        return runs.request(period, requestedBy, now);
    }

    /** True when the run has reported nothing for {@link #STALLED}. */
    public boolean stalled(ReportRun run, Instant now) {
        Instant last = run.heartbeat() != null ? run.heartbeat() : run.requestedAt();
        return !run.state().finished() && last != null && last.plus(STALLED).isBefore(now);
    }

    /**
     * Computes the queued run, if any, holding the cluster lock. Returns false, doing nothing, when another
     * node holds the lock; true otherwise.
     */
    public boolean work() {
        return locks.runExclusively(LOCK, this::computeActive);
    }

    /** The queued run, if it is still waiting for a node to compute it. */
    public Optional<ReportRun> waiting(long runId) {
        return runs.byId(runId).filter(run -> run.state() == RunState.QUEUED);
    }

    private void computeActive() {
        Optional<ReportRun> active = runs.active();
        if (active.isEmpty()) {
            return;
        }
        ReportRun run = active.get();
        if (run.state() == RunState.RUNNING) {
            // We hold the lock, so no node is computing it: its node went away mid-run.
            runs.fail(run.id(), STALLED_FAILURE, time.now());
            return;
        }
        if (!runs.claim(run.id(), time.now())) {
            return;
        }
        try {
            PersistedProgress progress = new PersistedProgress(run.id());
            compactClosedMonths(progress);
            ComputedReport report = compute.compute(run.period(), progress);
            runs.progress(run.id(), RunStage.SAVING, RunStage.SAVING.percent(0), time.now());
            results.save(run.id(), report);
            runs.finish(run.id(), time.now());
            // Only now that readers are directed to the new result may the old one go.
            results.keepOnly(run.id());
        } catch (CancellationException e) {
            runs.fail(run.id(), STOPPED_FAILURE, time.now());
        } catch (RuntimeException | OutOfMemoryError e) {
            if (Thread.currentThread().isInterrupted()) {
                runs.fail(run.id(), STOPPED_FAILURE, time.now());
                return;
            }
            LOG.error("Hallway could not compute the opinion-leader report for {}", run.period(), e);
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            runs.fail(run.id(), message.length() > 400 ? message.substring(0, 400) : message, time.now());
        }
    }

    /**
     * Archives the months closed since the last run. A failure here costs speed, not correctness (the months
     * are read from their rows), so it is logged and the run goes on; being stopped is not a failure to pass over.
     */
    private void compactClosedMonths(ReportProgress progress) {
        progress.at(RunStage.COMPACTING, 0);
        try {
            archives.compactClosedMonths(LocalDate.ofInstant(time.now(), ZoneOffset.UTC),
                    fraction -> progress.at(RunStage.COMPACTING, fraction));
        } catch (CancellationException stopped) {
            throw stopped;
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            LOG.warn("Hallway could not archive the closed months of the interaction log; the report reads their rows", e);
        }
    }

    /** Writes progress to the run, throttled; stops the computation when its thread is interrupted. */
    private final class PersistedProgress implements ReportProgress {
        private final long runId;
        private RunStage lastStage;
        private int lastPercent = -1;
        private Instant lastWrite = Instant.MIN;

        PersistedProgress(long runId) {
            this.runId = runId;
        }

        @Override
        public synchronized void at(RunStage stage, double fraction) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            int percent = stage.percent(fraction);
            Instant now = time.now();
            boolean due = stage != lastStage || (percent != lastPercent && !now.isBefore(lastWrite.plus(PROGRESS_INTERVAL)));
            if (due) {
                runs.progress(runId, stage, percent, now);
                lastStage = stage;
                lastPercent = percent;
                lastWrite = now;
            }
        }
    }
}
