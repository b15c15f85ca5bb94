package app.hallway.announce;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Reminders} in a map keyed like the AO store's unique claim key. */
final class InMemoryReminders implements Reminders {
    private final Map<String, Entry> claimed = new LinkedHashMap<>();

    @Override
    public synchronized boolean claim(long announcementId, int version, String userKey, ReminderStep step, Instant at) {
        return claimed.putIfAbsent(key(announcementId, version, step, userKey),
                new Entry(userKey, new SentReminder(announcementId, version, step, at))) == null;
    }

    @Override
    public synchronized void release(long announcementId, int version, String userKey, ReminderStep step) {
        claimed.remove(key(announcementId, version, step, userKey));
    }

    @Override
    public synchronized Set<String> sent(long announcementId, int version, ReminderStep step) {
        return claimed.values().stream().filter(e -> e.sent().announcementId() == announcementId && e.sent().version() == version
                && e.sent().step() == step).map(Entry::userKey).collect(Collectors.toSet());
    }

    @Override
    public synchronized List<SentReminder> sentTo(String userKey) {
        return claimed.values().stream().filter(e -> e.userKey().equals(userKey)).map(Entry::sent).toList();
    }

    @Override
    public synchronized int forget(String userKey, Collection<SentReminder> reminders) {
        int forgotten = 0;
        for (SentReminder reminder : Set.copyOf(reminders)) {
            forgotten += claimed.remove(key(reminder.announcementId(), reminder.version(), reminder.step(), userKey)) == null ? 0 : 1;
        }
        return forgotten;
    }

    @Override
    public synchronized void removeAll(Collection<Long> announcementIds) {
        claimed.values().removeIf(e -> announcementIds.contains(e.sent().announcementId()));
    }

    private static String key(long announcementId, int version, ReminderStep step, String userKey) {
        return announcementId + "/" + version + "/" + step.key() + "/" + userKey;
    }

    private record Entry(String userKey, SentReminder sent) {
    }
}
