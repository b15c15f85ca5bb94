package com.atlassian.scheduler;

/**
 * Mirror of atlassian-scheduler's {@code JobRunner} (signature from the 8.7.2 bundle; PLATFORM.md §9
 * "Scheduler" marks Confluence 10 unconfirmed). A {@code <job-config>} module's {@code <job key>} names a
 * component implementing it.
 */
public interface JobRunner {
    /** Runs the job once; a null answer means success. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
