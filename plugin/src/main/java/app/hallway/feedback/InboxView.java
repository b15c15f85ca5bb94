package app.hallway.feedback;

import app.hallway.platform.Choice;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code templates/feedback/inbox.vm} shows HR: the filters as chosen, one page of feedback across
 * spaces, and the query strings for the next page and the CSV export. JavaBean getters for Velocity.
 */
public final class InboxView {
    private final FeedbackList list;
    private final List<Choice> statuses;
    private final List<Choice> ages;
    private final String space;
    private final String status;
    private final String age;

    InboxView(FeedbackList list, List<Choice> statuses, List<Choice> ages, String status, String space, String age) {
        this.list = list;
        this.statuses = List.copyOf(statuses);
        this.ages = List.copyOf(ages);
        this.status = status == null ? "" : status;
        this.space = space == null ? "" : space;
        this.age = age == null ? "" : age;
    }

    public FeedbackList getList() {
        return list;
    }

    public boolean isHasItems() {
        return !list.getItems().isEmpty();
    }

    public List<Choice> getStatuses() {
        return statuses;
    }

    public List<Choice> getAges() {
        return ages;
    }

    public String getSpace() {
        return space;
    }

    /** {@code status=…&space=…&age=…} for the filters in use (URL-encoded), for the CSV link. */
    public String getFilterQuery() {
        List<String> parts = new ArrayList<>();
        add(parts, "status", status);
        add(parts, "space", space);
        add(parts, "age", age);
        return String.join("&", parts);
    }

    /** {@code format=csv} and the filters in use, for the export link. */
    public String getCsvQuery() {
        String filters = getFilterQuery();
        return "format=csv" + (filters.isEmpty() ? "" : "&" + filters);
    }

    /** The filters plus the cursor of the next page; empty on the last page. */
    public String getNextQuery() {
        if (!list.isHasMore()) {
            return "";
        }
        String filters = getFilterQuery();
        return (filters.isEmpty() ? "" : filters + "&") + "cursor=" + URLEncoder.encode(list.getNextCursor(), StandardCharsets.UTF_8);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
