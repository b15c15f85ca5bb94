package app.hallway.feedback;

import java.time.Instant;

/**
 * One piece of feedback on a page. An anonymous item has no author key, and its {@code created} is only the
 * day (UTC): nothing stored links it to a person, not even through the order or the second it was written.
 *
 * @param authorKey   null for anonymous feedback
 * @param edited      when its author last changed the text; null if never
 * @param response    HR's answer everyone sees; null until given
 * @param support     how many distinct colleagues support it (a maintained count)
 */
public record FeedbackItem(long id, long pageId, String spaceKey, String authorKey, String text, Instant created,
                           Instant edited, FeedbackStatus status, String response, String responderKey,
                           Instant responded, int support) {
    public boolean anonymous() {
        return authorKey == null;
    }

    public ItemKey key() {
        return ItemKey.feedback(id);
    }
}
