package app.hallway.announce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link Announcements} in a map, for use-case tests; follows the same rules as the AO store. */
final class InMemoryAnnouncements implements Announcements {
    private final Map<String, Announcement> byInstance = new LinkedHashMap<>();
    private final Map<String, String> hashes = new LinkedHashMap<>();
    private int writes;

    @Override
    public synchronized Announcement register(Registration r) {
        String key = r.contentId() + "/" + r.macroId();
        Announcement known = byInstance.get(key);
        if (known == null) {
            known = new Announcement(byInstance.size() + 1L, r.contentId(), r.macroId(), r.spaceKey(), r.title(), r.excerpt(), 1, 1,
                    r.settings(), r.publisherAfter(null, true), r.at(), r.at(), -1);
        } else {
            boolean newText = !r.textHash().equals(hashes.get(key));
            boolean newSettings = !r.settings().equals(known.settings());
            String publisher = r.publisherAfter(known, newText || newSettings);
            if (!newText && !newSettings && Objects.equals(publisher, known.publisherKey()) && r.spaceKey().equals(known.spaceKey())) {
                return known;
            }
            known = new Announcement(known.id(), r.contentId(), r.macroId(), r.spaceKey(), newText ? r.title() : known.title(),
                    newText ? r.excerpt() : known.excerpt(), newText ? known.version() + 1 : known.version(), known.requiredVersion(),
                    r.settings(), publisher, known.publishedAt(), newText ? r.at() : known.changedAt(),
                    r.settings().audience().equals(known.settings().audience()) ? known.audienceSize() : -1);
        }
        writes++;
        byInstance.put(key, known);
        hashes.put(key, r.textHash());
        return known;
    }

    @Override
    public synchronized Optional<Announcement> byId(long id) {
        return byInstance.values().stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public synchronized List<Announcement> shownOn(LocalDate today, Set<String> spaceKeys, Priority minimum, int limit) {
        return byInstance.values().stream()
                .filter(a -> a.settings().from() == null || !a.settings().from().isAfter(today))
                .filter(a -> a.settings().until() == null || !a.settings().until().isBefore(today))
                .filter(a -> spaceKeys.isEmpty() || spaceKeys.contains(a.spaceKey()))
                .filter(a -> a.settings().priority().atLeast(minimum))
                .sorted(Comparator.comparing(Announcement::publishedAt).reversed().thenComparing(a -> -a.id()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Announcement> awaitingAcknowledgement(LocalDate today) {
        return byInstance.values().stream()
                .filter(a -> a.settings().acknowledgement() && a.settings().due() != null)
                .filter(a -> a.settings().until() == null || !a.settings().until().isBefore(today))
                .toList();
    }

    @Override
    public synchronized Optional<Announcement> requireVersion(long id, int version) {
        return byId(id).map(a -> {
            Announcement raised = version > a.requiredVersion() && version <= a.version() ? a.withRequiredVersion(version) : a;
            replace(raised);
            return raised;
        });
    }

    @Override
    public synchronized void recordAudienceSize(long id, int size) {
        byId(id).ifPresent(a -> replace(a.withAudienceSize(size)));
    }

    @Override
    public synchronized List<Long> onPage(long contentId) {
        return byInstance.values().stream().filter(a -> a.contentId() == contentId).map(Announcement::id).toList();
    }

    @Override
    public synchronized void removeOnPage(long contentId) {
        byInstance.values().removeIf(a -> a.contentId() == contentId);
    }

    private void replace(Announcement announcement) {
        byInstance.put(announcement.contentId() + "/" + announcement.macroId(), announcement);
    }

    synchronized int size() {
        return byInstance.size();
    }

    /** How many times a registration changed something: page views of unchanged announcements write nothing. */
    synchronized int writes() {
        return writes;
    }

    synchronized List<Announcement> all() {
        return new ArrayList<>(byInstance.values());
    }
}
