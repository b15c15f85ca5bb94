package app.hallway.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Reactions} in a map, for use-case tests. */
final class InMemoryReactions implements Reactions {
    /** item|user|reaction → active, in the order first given. */
    private final Map<String, Boolean> rows = new LinkedHashMap<>();
    private final Map<String, Long> pageOf = new HashMap<>();
    private final Map<String, Instant> givenAt = new HashMap<>();

    @Override
    public synchronized ReactionChange add(Target target, String reaction, String userKey, Instant at) {
        String key = target.contentId() + "|" + userKey + "|" + reaction;
        Boolean before = rows.put(key, true);
        pageOf.put(key, target.pageId());
        givenAt.putIfAbsent(key, at);
        return new ReactionChange(!Boolean.TRUE.equals(before), before == null, count(target.contentId(), reaction));
    }

    @Override
    public synchronized ReactionChange remove(Target target, String reaction, String userKey, Instant at) {
        String key = target.contentId() + "|" + userKey + "|" + reaction;
        boolean was = Boolean.TRUE.equals(rows.get(key));
        if (was) {
            rows.put(key, false);
        }
        return new ReactionChange(was, false, count(target.contentId(), reaction));
    }

    private int count(String item, String reaction) {
        return (int) active().filter(k -> k[0].equals(item) && k[2].equals(reaction)).count();
    }

    private java.util.stream.Stream<String[]> active() {
        return rows.entrySet().stream().filter(Map.Entry::getValue).map(e -> e.getKey().split("\\|"));
    }

    @Override
    public synchronized Map<String, Map<String, Integer>> counts(Collection<String> contentIds) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        active().filter(k -> contentIds.contains(k[0]))
                .forEach(k -> counts.computeIfAbsent(k[0], x -> new HashMap<>()).merge(k[2], 1, Integer::sum));
        return counts;
    }

    @Override
    public synchronized Map<String, Set<String>> mine(String userKey, Collection<String> contentIds) {
        return active().filter(k -> k[1].equals(userKey) && contentIds.contains(k[0]))
                .collect(Collectors.groupingBy(k -> k[0], Collectors.mapping(k -> k[2], Collectors.toSet())));
    }

    @Override
    public synchronized List<Reactor> who(String contentId, String reaction, long after, int limit) {
        List<Reactor> reactors = new ArrayList<>();
        long position = 0;
        for (Map.Entry<String, Boolean> row : rows.entrySet()) {
            position++;
            String[] k = row.getKey().split("\\|");
            if (row.getValue() && k[0].equals(contentId) && k[2].equals(reaction) && position > after && reactors.size() < limit) {
                reactors.add(new Reactor(position, k[1]));
            }
        }
        return reactors;
    }

    @Override
    public synchronized void removeAll(String contentId) {
        rows.keySet().removeIf(k -> k.startsWith(contentId + "|"));
    }

    @Override
    public synchronized void removeOnPage(long pageId) {
        rows.keySet().removeIf(k -> pageOf.get(k) == pageId);
    }

    @Override
    public synchronized List<GivenReaction> givenBy(String userKey) {
        return rows.entrySet().stream().filter(e -> e.getKey().split("\\|")[1].equals(userKey))
                .map(e -> new GivenReaction(e.getKey().split("\\|")[0], e.getKey().split("\\|")[2], givenAt.get(e.getKey()), e.getValue()))
                .toList();
    }

    @Override
    public synchronized int eraseBy(String userKey) {
        int before = rows.size();
        rows.keySet().removeIf(k -> k.split("\\|")[1].equals(userKey));
        return before - rows.size();
    }
}
