package app.hallway.leaders.confluence;

import app.hallway.admin.Settings;
import app.hallway.leaders.ExpiredInteractions;
import app.hallway.leaders.LeaderSettings;
import app.hallway.leaders.PruneInteractionLog;
import app.hallway.leaders.RollupArchives;
import app.hallway.platform.ClusterLocks;
import app.hallway.platform.Time;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The retention job's runner, scheduled by the {@code hallway-interaction-retention} job-config module (bean name
 * {@code interactionRetentionJob}): deletes raw interactions and daily rollups that retention no longer allows.
 * Confluence runs it on one node per cluster; the use case takes a cluster lock as well, so a manual "run now" on
 * another node cannot overlap.
 */
@Named
public final class InteractionRetentionJob implements JobRunner {
    private final PruneInteractionLog prune;

    @Inject
    public InteractionRetentionJob(ExpiredInteractions log, RollupArchives archives, Settings settings, ClusterLocks locks, Time time) {
        this.prune = new PruneInteractionLog(log, archives, new LeaderSettings(settings), locks, time);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Optional<PruneInteractionLog.Pruned> pruned = prune.run();
        if (pruned.isEmpty()) {
            return JobRunnerResponse.aborted("Another node is applying Hallway's interaction retention.");
        }
        return JobRunnerResponse.success("Deleted " + pruned.get().rawInteractions() + " raw interactions and "
                + pruned.get().rollups() + " daily rollups past retention.");
    }
}
