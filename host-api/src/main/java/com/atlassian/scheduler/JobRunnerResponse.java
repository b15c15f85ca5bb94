package com.atlassian.scheduler;

/** Mirror of atlassian-scheduler's {@code JobRunnerResponse}: how a run ended, shown on the scheduled-jobs page. */
public final class JobRunnerResponse {
    private final String outcome;
    private final String message;

    private JobRunnerResponse(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS", message);
    }

    /** The job did not run (for instance another node holds its lock); the message says why. */
    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse("ABORTED", message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse("FAILED", message);
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return outcome + (message == null ? "" : ": " + message);
    }
}
