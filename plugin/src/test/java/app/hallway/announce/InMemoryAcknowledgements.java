package app.hallway.announce;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Acknowledgements} in a map keyed like the AO store's unique key. */
final class InMemoryAcknowledgements implements Acknowledgements {
    private final Map<String, Acknowledgement> byKey = new LinkedHashMap<>();

    @Override
    public synchronized Acknowledgement acknowledge(long announcementId, String userKey, int version, int requiredVersion, Instant at) {
        return byKey.computeIfAbsent(announcementId + "/" + requiredVersion + "/" + userKey,
                key -> new Acknowledgement(announcementId, userKey, version, requiredVersion, at));
    }

    @Override
    public synchronized Optional<Acknowledgement> latest(long announcementId, String userKey) {
        return Optional.ofNullable(latestByPerson(announcementId).get(userKey));
    }

    @Override
    public synchronized int countFrom(long announcementId, int minVersion) {
        return (int) byKey.values().stream().filter(a -> a.announcementId() == announcementId && a.version() >= minVersion).count();
    }

    @Override
    public synchronized Map<String, Acknowledgement> latestByPerson(long announcementId) {
        Map<String, Acknowledgement> latest = new HashMap<>();
        byKey.values().stream().filter(a -> a.announcementId() == announcementId)
                .forEach(a -> latest.merge(a.userKey(), a, (x, y) -> x.version() >= y.version() ? x : y));
        return latest;
    }

    @Override
    public synchronized Map<Long, Acknowledgement> latestOf(String userKey, Collection<Long> announcementIds) {
        Map<Long, Acknowledgement> latest = new HashMap<>();
        byKey.values().stream().filter(a -> a.userKey().equals(userKey) && announcementIds.contains(a.announcementId()))
                .forEach(a -> latest.merge(a.announcementId(), a, (x, y) -> x.version() >= y.version() ? x : y));
        return latest;
    }

    @Override
    public synchronized List<Acknowledgement> givenBy(String userKey) {
        return byKey.values().stream().filter(a -> a.userKey().equals(userKey)).toList();
    }

    @Override
    public synchronized void removeAll(Collection<Long> announcementIds) {
        byKey.values().removeIf(a -> announcementIds.contains(a.announcementId()));
    }

    synchronized int size() {
        return byKey.size();
    }
}
