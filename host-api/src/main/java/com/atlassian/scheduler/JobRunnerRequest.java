package com.atlassian.scheduler;

import java.util.Date;

/** Mirror of atlassian-scheduler's {@code JobRunnerRequest}, the members Hallway calls. */
public interface JobRunnerRequest {
    Date getStartTime();

    boolean isCancellationRequested();
}
