package app.hallway.feedback;

import java.time.Instant;

/** Which feedback HR's inbox lists; null fields do not filter. Created in [{@code from}, {@code before}). */
public record InboxFilter(FeedbackStatus status, String spaceKey, Instant from, Instant before) {
    public static InboxFilter everything() {
        return new InboxFilter(null, null, null, null);
    }
}
