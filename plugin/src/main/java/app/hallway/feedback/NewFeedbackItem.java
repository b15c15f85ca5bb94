package app.hallway.feedback;

import java.time.Instant;

/** Feedback about to be stored: {@code authorKey} null and {@code created} a day for anonymous feedback. */
public record NewFeedbackItem(long pageId, String spaceKey, String authorKey, String text, Instant created) {
}
