package app.hallway.sandbox.plugin;

/**
 * A {@code <job-config>} module: the job's key, the bean name of its {@code JobRunner} component
 * ({@code <job key>}) and its {@code <schedule repeat-interval>} in milliseconds (cron schedules are not
 * hosted: the sandbox runs those jobs only on request).
 */
public record JobConfigModule(String key, String runnerBean, long repeatIntervalMillis) {
}
