package app.hallway.feedback;

import app.hallway.platform.Choice;
import app.hallway.admin.Roles;
import app.hallway.platform.Contents;
import app.hallway.platform.Csv;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HR's inbox: feedback across spaces, newest first, filtered by status, space and age, as JSON pages or one
 * CSV file. Page permissions still apply: HR see only items on pages they may view.
 */
public final class FeedbackInbox {
    /** The most rows one CSV export holds. */
    static final int CSV_LIMIT = 10_000;
    static final int PAGE_SIZE = 50;
    private static final int BATCH = 200;

    private final FeedbackItems items;
    private final FeedbackCards cards;
    private final Contents contents;
    private final Roles roles;
    private final Time time;
    private final Texts texts;

    FeedbackInbox(FeedbackItems items, FeedbackCards cards, Contents contents, Roles roles, Time time, Texts texts) {
        this.items = items;
        this.cards = cards;
        this.contents = contents;
        this.roles = roles;
        this.time = time;
        this.texts = texts;
    }

    public FeedbackList list(Person viewer, String status, String space, String age, Integer limit, String cursor) {
        requireHr(viewer);
        InboxFilter filter = filter(status, space, age);
        int size = Paging.limit(limit, texts);
        long[] after = Paging.decode(cursor, 2, texts);
        List<FeedbackItem> found = visible(viewer, filter, after == null ? null : new FeedbackCursor(after[0], after[1]), size + 1);
        List<FeedbackItem> page = found.subList(0, Math.min(size, found.size()));
        String next = null;
        if (found.size() > size) {
            FeedbackItem last = page.get(page.size() - 1);
            next = Paging.encode(last.created().toEpochMilli(), last.id());
        }
        return new FeedbackList(cards.of(viewer.key(), page, true), -1, next);
    }

    /** HR's inbox page: the filters as chosen and the first (or {@code cursor}'s) page of {@value #PAGE_SIZE} items. */
    public InboxView view(Person viewer, String status, String space, String age, String cursor) {
        FeedbackList list = list(viewer, status, space, age, PAGE_SIZE, cursor);
        List<Choice> statuses = new ArrayList<>();
        statuses.add(new Choice("", texts.get("hallway.inbox.filter.any-status"), status == null || status.isBlank()));
        for (FeedbackStatus s : FeedbackStatus.values()) {
            statuses.add(new Choice(s.value(), texts.get("hallway.feedback.status." + s.value()), s.value().equals(status)));
        }
        List<Choice> ages = new ArrayList<>();
        ages.add(new Choice("", texts.get("hallway.inbox.filter.any-age"), age == null || age.isBlank()));
        for (InboxAge a : InboxAge.values()) {
            ages.add(new Choice(a.value(), texts.get("hallway.inbox.age." + a.value()), a.value().equals(age)));
        }
        return new InboxView(list, statuses, ages, status, space, age);
    }

    /** Everything the filters match (up to {@value #CSV_LIMIT} items) as CSV, headers in the viewer's language. */
    public String csv(Person viewer, String status, String space, String age) {
        requireHr(viewer);
        List<FeedbackCard> all = cards.of(viewer.key(), visible(viewer, filter(status, space, age), null, CSV_LIMIT), true);
        List<String> header = List.of("id", "space", "page", "created", "author", "text", "support", "status", "response",
                "responder", "responded").stream().map(column -> texts.get("hallway.inbox.csv." + column)).toList();
        List<List<?>> rows = new ArrayList<>();
        for (FeedbackCard card : all) {
            rows.add(java.util.Arrays.asList(card.getId(), card.getSpaceKey(), card.getPageTitle(), card.getCreated(),
                    card.isAnonymous() ? texts.get("hallway.feedback.anonymous") : card.getAuthorName(), card.getText(),
                    card.getSupport(), card.getStatusLabel(), card.getResponse(), card.getResponderName(), card.getResponded()));
        }
        return Csv.write(header, rows);
    }

    private void requireHr(Person viewer) {
        if (!roles.isHr(viewer.key())) {
            throw HallwayException.forbidden(texts.get("hallway.error.feedback.hr-only"));
        }
    }

    InboxFilter filter(String status, String space, String age) {
        FeedbackStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = FeedbackStatus.fromValue(status).orElseThrow(() -> HallwayException.invalid("status",
                    texts.get("hallway.error.feedback.status", status, FeedbackStatus.choices())));
        }
        InboxAge within = null;
        if (age != null && !age.isBlank()) {
            within = InboxAge.fromValue(age).orElseThrow(() -> HallwayException.invalid("age",
                    texts.get("hallway.error.inbox.age", age)));
        }
        String spaceKey = space == null || space.isBlank() ? null : space.strip();
        return new InboxFilter(wanted, spaceKey, within == null ? null : within.from(time.now()),
                within == null ? null : within.before(time.now()));
    }

    /** Up to {@code limit} matching items on pages the viewer may see, reading the store in batches. */
    private List<FeedbackItem> visible(Person viewer, InboxFilter filter, FeedbackCursor after, int limit) {
        Map<Long, Boolean> viewable = new HashMap<>();
        List<FeedbackItem> result = new ArrayList<>();
        FeedbackCursor position = after;
        while (result.size() < limit) {
            List<FeedbackItem> batch = items.inbox(filter, position, BATCH);
            for (FeedbackItem item : batch) {
                if (result.size() < limit && viewable.computeIfAbsent(item.pageId(), id -> contents.canView(viewer.key(), id))) {
                    result.add(item);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            FeedbackItem last = batch.get(batch.size() - 1);
            position = new FeedbackCursor(last.created().toEpochMilli(), last.id());
        }
        return result;
    }
}
