package app.hallway.announce.confluence;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The reminder job's runner, scheduled by the {@code hallway-announcement-reminders} job-config module (bean
 * name {@code announcementReminderJob}). Confluence runs it on one node per cluster; the use case takes a
 * cluster lock as well, so a manual "run now" on another node cannot overlap.
 */
@Named
public final class AnnouncementReminderJob implements JobRunner {
    private final AnnouncementUseCases useCases;

    @Inject
    public AnnouncementReminderJob(AnnouncementUseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        int sent = useCases.remind().run();
        if (sent < 0) {
            return JobRunnerResponse.aborted("Another node is sending Hallway's announcement reminders.");
        }
        return JobRunnerResponse.success("Sent " + sent + " announcement reminders.");
    }
}
