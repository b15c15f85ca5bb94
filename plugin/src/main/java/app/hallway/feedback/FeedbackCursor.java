package app.hallway.feedback;

/**
 * Where a listing continues: after the item with this sort value (support count, or creation time in epoch
 * milliseconds) and, among equal values, this id.
 */
public record FeedbackCursor(long sortValue, long id) {
}
