package app.hallway.feedback;

import java.util.List;

/** One page of feedback items: the REST answer of a list, and the panel's first page. */
public final class FeedbackList {
    private final List<FeedbackCard> items;
    private final int total;
    private final String nextCursor;

    public FeedbackList(List<FeedbackCard> items, int total, String nextCursor) {
        this.items = List.copyOf(items);
        this.total = total;
        this.nextCursor = nextCursor;
    }

    public List<FeedbackCard> getItems() {
        return items;
    }

    /** How many items there are in all (on a page), or -1 where that is not counted (HR's inbox). */
    public int getTotal() {
        return total;
    }

    /** The cursor for the next page; null on the last. */
    public String getNextCursor() {
        return nextCursor;
    }

    public boolean isHasMore() {
        return nextCursor != null;
    }
}
