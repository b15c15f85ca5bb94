package app.hallway.announce;

import java.util.List;

/** What {@code templates/announce/feed.vm} shows: the viewer's announcements, or why there are none. */
public final class FeedView {
    private final List<FeedItemView> items;
    private final String emptyText;
    private final List<String> problems;

    FeedView(List<FeedItemView> items, String emptyText, List<String> problems) {
        this.items = List.copyOf(items);
        this.emptyText = emptyText;
        this.problems = List.copyOf(problems);
    }

    public List<FeedItemView> getItems() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The empty state, in the viewer's language. */
    public String getEmptyText() {
        return emptyText;
    }

    /** Parameter problems, for the page's editors only. */
    public List<String> getProblems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
