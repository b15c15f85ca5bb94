package app.hallway.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** {@link FeedbackItems} in maps, for use-case tests. Ids are random as the real store's are. */
final class InMemoryFeedbackItems implements FeedbackItems {
    private final Map<Long, FeedbackItem> items = new HashMap<>();
    private final Map<String, Boolean> votes = new java.util.LinkedHashMap<>();
    private final Map<String, Instant> voted = new HashMap<>();
    private final java.util.Random random = new java.util.Random(7);

    @Override
    public synchronized FeedbackItem create(NewFeedbackItem n) {
        long id = 1 + random.nextInt(1_000_000_000);
        FeedbackItem item = new FeedbackItem(id, n.pageId(), n.spaceKey(), n.authorKey(), n.text(), n.created(), null,
                FeedbackStatus.OPEN, null, null, null, 0);
        items.put(id, item);
        return item;
    }

    @Override
    public synchronized Optional<FeedbackItem> byId(long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized FeedbackItem edit(long id, String text, Instant at) {
        FeedbackItem i = items.get(id);
        return put(new FeedbackItem(id, i.pageId(), i.spaceKey(), i.authorKey(), text, i.created(), at, i.status(), i.response(),
                i.responderKey(), i.responded(), i.support()));
    }

    @Override
    public synchronized void delete(long id) {
        items.remove(id);
        votes.keySet().removeIf(k -> k.startsWith(id + "|"));
    }

    @Override
    public synchronized FeedbackItem answer(long id, FeedbackStatus status, String response, String responderKey, Instant at) {
        FeedbackItem i = items.get(id);
        return put(new FeedbackItem(id, i.pageId(), i.spaceKey(), i.authorKey(), i.text(), i.created(), i.edited(), status,
                response, responderKey, at, i.support()));
    }

    @Override
    public synchronized List<FeedbackItem> onPage(long pageId, FeedbackOrder order, FeedbackCursor after, int limit) {
        Comparator<FeedbackItem> sort = Comparator.comparingLong((FeedbackItem i) -> ListFeedback.sortValue(order, i)).reversed()
                .thenComparingLong(FeedbackItem::id);
        Predicate<FeedbackItem> afterCursor = i -> after == null || ListFeedback.sortValue(order, i) < after.sortValue()
                || (ListFeedback.sortValue(order, i) == after.sortValue() && i.id() > after.id());
        return items.values().stream().filter(i -> i.pageId() == pageId).filter(afterCursor).sorted(sort).limit(limit).toList();
    }

    @Override
    public synchronized int countOnPage(long pageId) {
        return (int) items.values().stream().filter(i -> i.pageId() == pageId).count();
    }

    @Override
    public synchronized List<FeedbackItem> inbox(InboxFilter f, FeedbackCursor after, int limit) {
        return items.values().stream()
                .filter(i -> f.status() == null || i.status() == f.status())
                .filter(i -> f.spaceKey() == null || f.spaceKey().equals(i.spaceKey()))
                .filter(i -> f.from() == null || !i.created().isBefore(f.from()))
                .filter(i -> f.before() == null || i.created().isBefore(f.before()))
                .filter(i -> after == null || i.created().toEpochMilli() < after.sortValue()
                        || (i.created().toEpochMilli() == after.sortValue() && i.id() > after.id()))
                .sorted(Comparator.comparing(FeedbackItem::created).reversed().thenComparingLong(FeedbackItem::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized SupportChange support(long itemId, String voterKey, Instant at) {
        Boolean before = votes.put(itemId + "|" + voterKey, true);
        voted.putIfAbsent(itemId + "|" + voterKey, at);
        return new SupportChange(!Boolean.TRUE.equals(before), before == null, recount(itemId));
    }

    @Override
    public synchronized SupportChange withdrawSupport(long itemId, String voterKey) {
        boolean was = Boolean.TRUE.equals(votes.replace(itemId + "|" + voterKey, false));
        return new SupportChange(was, false, recount(itemId));
    }

    private int recount(long itemId) {
        int support = (int) votes.entrySet().stream().filter(e -> e.getValue() && e.getKey().startsWith(itemId + "|")).count();
        FeedbackItem i = items.get(itemId);
        put(new FeedbackItem(i.id(), i.pageId(), i.spaceKey(), i.authorKey(), i.text(), i.created(), i.edited(), i.status(),
                i.response(), i.responderKey(), i.responded(), support));
        return support;
    }

    @Override
    public synchronized Set<Long> supportedBy(String voterKey, Collection<Long> itemIds) {
        return itemIds.stream().filter(id -> Boolean.TRUE.equals(votes.get(id + "|" + voterKey))).collect(Collectors.toSet());
    }

    @Override
    public synchronized List<FeedbackItem> byAuthor(String authorKey) {
        return items.values().stream().filter(i -> authorKey.equals(i.authorKey()))
                .sorted(Comparator.comparing(FeedbackItem::created).reversed()).toList();
    }

    @Override
    public synchronized List<FeedbackItem> answeredBy(String responderKey) {
        return items.values().stream().filter(i -> responderKey.equals(i.responderKey())).toList();
    }

    @Override
    public synchronized List<SupportVote> supportGivenBy(String voterKey) {
        return votes.entrySet().stream().filter(e -> e.getKey().endsWith("|" + voterKey))
                .map(e -> new SupportVote(Long.parseLong(e.getKey().split("\\|")[0]), voted.get(e.getKey()), e.getValue())).toList();
    }

    @Override
    public synchronized int eraseSupportBy(String voterKey) {
        List<Long> itemIds = supportGivenBy(voterKey).stream().map(SupportVote::itemId).toList();
        itemIds.forEach(id -> {
            votes.remove(id + "|" + voterKey);
            if (items.containsKey(id)) {
                recount(id);
            }
        });
        return itemIds.size();
    }

    @Override
    public synchronized int anonymiseAuthor(String authorKey) {
        List<FeedbackItem> named = byAuthor(authorKey);
        named.forEach(i -> put(new FeedbackItem(i.id(), i.pageId(), i.spaceKey(), null, i.text(),
                i.created().truncatedTo(java.time.temporal.ChronoUnit.DAYS), null, i.status(), i.response(), i.responderKey(),
                i.responded(), i.support())));
        return named.size();
    }

    @Override
    public synchronized int forgetResponder(String responderKey) {
        List<FeedbackItem> answered = answeredBy(responderKey);
        answered.forEach(i -> put(new FeedbackItem(i.id(), i.pageId(), i.spaceKey(), i.authorKey(), i.text(), i.created(), i.edited(),
                i.status(), i.response(), null, i.responded(), i.support())));
        return answered.size();
    }

    @Override
    public synchronized void deleteOnPage(long pageId) {
        items.values().stream().filter(i -> i.pageId() == pageId).map(FeedbackItem::id).toList().forEach(this::delete);
    }

    private FeedbackItem put(FeedbackItem item) {
        items.put(item.id(), item);
        return item;
    }
}
