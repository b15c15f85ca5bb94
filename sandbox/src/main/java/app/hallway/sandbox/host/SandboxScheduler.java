package app.hallway.sandbox.host;

import app.hallway.sandbox.plugin.JobConfigModule;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * atlassian-scheduler for the plugin's {@code <job-config>} modules: each interval job runs on this node at its
 * repeat interval (the first run one interval after start, so a test or demo is not raced by it), and any job
 * runs on request ({@code POST /rest/sandbox/jobs/{key}}). Like Confluence without a cluster scheduler, every
 * node runs its own schedule; "once per cluster" is up to the job's cluster lock, which is what it proves.
 */
public final class SandboxScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxScheduler.class);

    private final Map<String, JobRunner> runners = new LinkedHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final SandboxCurrentUser currentUser;

    public SandboxScheduler(Map<JobConfigModule, JobRunner> jobs, SandboxCurrentUser currentUser) {
        this.currentUser = currentUser;
        jobs.forEach((job, runner) -> {
            runners.put(job.key(), runner);
            if (job.repeatIntervalMillis() > 0) {
                executor.scheduleWithFixedDelay(() -> run(job.key()), job.repeatIntervalMillis(), job.repeatIntervalMillis(),
                        TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Runs job {@code key} now, on the calling thread, as no user (scheduled jobs have none); empty if unknown. */
    public Optional<String> run(String key) {
        JobRunner runner = runners.get(key);
        if (runner == null) {
            return Optional.empty();
        }
        Date start = new Date();
        try {
            JobRunnerResponse response = currentUser.callAs(null, () -> runner.runJob(new JobRunnerRequest() {
                @Override
                public Date getStartTime() {
                    return start;
                }

                @Override
                public boolean isCancellationRequested() {
                    return false;
                }
            }));
            return Optional.of(response == null ? "SUCCESS" : response.toString());
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", key, e);
            return Optional.of("FAILED: " + e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
