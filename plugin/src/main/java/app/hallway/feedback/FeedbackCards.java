package app.hallway.feedback;

import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns stored items into what a viewer sees, with a fixed number of queries for any number of items: the
 * viewer's support, and reaction counts and the viewer's reactions, each in one indexed query.
 */
final class FeedbackCards {
    private final FeedbackItems items;
    private final ReactionBars bars;
    private final People people;
    private final Contents contents;
    private final Texts texts;

    FeedbackCards(FeedbackItems items, ReactionBars bars, People people, Contents contents, Texts texts) {
        this.items = items;
        this.bars = bars;
        this.people = people;
        this.contents = contents;
        this.texts = texts;
    }

    FeedbackCard of(String viewerKey, FeedbackItem item) {
        return of(viewerKey, List.of(item), false).get(0);
    }

    /** Cards in the order given; {@code withPage} adds the page's title (lists across pages). */
    List<FeedbackCard> of(String viewerKey, List<FeedbackItem> list, boolean withPage) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> supported = items.supportedBy(viewerKey, list.stream().map(FeedbackItem::id).toList());
        Map<String, ReactionBar> reactions = bars.forItems(viewerKey, list.stream().map(i -> i.key().value()).toList());
        DateLabels dates = new DateLabels(people.localeOf(viewerKey));
        Map<String, String> names = new HashMap<>();
        Map<Long, FeedbackCard.PageInfo> pages = new HashMap<>();
        return list.stream().map(item -> new FeedbackCard(item,
                item.anonymous() ? null : name(item.authorKey(), names),
                !item.anonymous() && item.authorKey().equals(viewerKey),
                supported.contains(item.id()),
                item.anonymous() ? dates.day(item.created()) : dates.moment(item.created()),
                texts.get("hallway.feedback.status." + item.status().value()),
                item.responderKey() == null ? null : name(item.responderKey(), names),
                dates.moment(item.responded()),
                reactions.get(item.key().value()),
                withPage ? pages.computeIfAbsent(item.pageId(), this::page) : null)).toList();
    }

    private String name(String userKey, Map<String, String> names) {
        return names.computeIfAbsent(userKey, key -> people.byKey(key).map(Person::displayName)
                .orElse(texts.get("hallway.person.unknown")));
    }

    private FeedbackCard.PageInfo page(long pageId) {
        return contents.find(pageId).map(ContentRef::title).map(FeedbackCard.PageInfo::new)
                .orElse(new FeedbackCard.PageInfo(""));
    }
}
