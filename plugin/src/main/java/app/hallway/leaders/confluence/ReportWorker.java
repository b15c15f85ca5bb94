package app.hallway.leaders.confluence;

import app.hallway.admin.Settings;
import app.hallway.leaders.ComputeLeaderReport;
import app.hallway.leaders.InteractionHistory;
import app.hallway.leaders.LeaderSettings;
import app.hallway.leaders.Objections;
import app.hallway.leaders.ReportResults;
import app.hallway.leaders.ReportRun;
import app.hallway.leaders.ReportRuns;
import app.hallway.leaders.RollupArchives;
import app.hallway.leaders.RunLeaderReports;
import app.hallway.platform.ClusterLocks;
import app.hallway.platform.People;
import app.hallway.platform.Time;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's background thread for report computations. When a run is queued here (or a node asks after one
 * that nobody is computing), the thread tries the cluster lock; if another node holds it, it tries again every
 * few seconds for as long as the run still waits, so a run queued just as another finished is not stranded.
 * Disabling the app interrupts a running computation, which is then marked stopped.
 */
@Named
public final class ReportWorker {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWorker.class);
    private static final Duration RETRY = Duration.ofSeconds(3);
    /** How long a node keeps trying for a run another node is blocking: longer than any computation takes. */
    private static final Duration GIVE_UP = Duration.ofMinutes(30);

    private final RunLeaderReports running;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "hallway-leader-report");
        worker.setDaemon(true);
        worker.setPriority(Thread.NORM_PRIORITY - 1);
        return worker;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    @Inject
    public ReportWorker(ReportRuns runs, ReportResults results, InteractionHistory history, RollupArchives archives,
                        Objections objections, People people, Settings settings, ClusterLocks locks, Time time) {
        ComputeLeaderReport compute = new ComputeLeaderReport(history, objections, people, new LeaderSettings(settings), time);
        this.running = new RunLeaderReports(runs, results, compute, locks, time, archives);
    }

    public RunLeaderReports running() {
        return running;
    }

    /** Makes sure this node works on {@code run} if it is still waiting; does nothing if this node already is. */
    public void ensureWorking(ReportRun run) {
        if (running.waiting(run.id()).isEmpty() || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> drain(run.id()));
        } catch (RejectedExecutionException stopping) {
            busy.set(false);
        }
    }

    private void drain(long runId) {
        try {
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            while (running.waiting(runId).isPresent() && System.nanoTime() < deadline) {
                if (!running.work()) {
                    Thread.sleep(RETRY.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Hallway's report worker stopped", e);
        } finally {
            busy.set(false);
        }
    }

    @PreDestroy
    public void stop() {
        thread.shutdownNow();
    }
}
