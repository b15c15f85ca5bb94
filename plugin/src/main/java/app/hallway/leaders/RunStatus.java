package app.hallway.leaders;

/**
 * A computation as the progress bar reads it.
 *
 * @param stalled true when a queued or running computation has reported no progress for ten minutes
 * @param failure why it failed ({@code stalled}, {@code stopped} or the error), else null
 */
public record RunStatus(long id, String state, String stage, int percent, PeriodDates period, String requestedAt,
                        String finishedAt, boolean stalled, String failure) {
}
