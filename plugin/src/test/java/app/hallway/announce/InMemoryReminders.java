package app.hallway.announce;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Reminders} in a set of claim keys. */
final class InMemoryReminders implements Reminders {
    private final Set<String> claimed = new LinkedHashSet<>();

    @Override
    public synchronized boolean claim(long announcementId, int version, String userKey, ReminderStep step, Instant at) {
        return claimed.add(key(announcementId, version, step) + userKey);
    }

    @Override
    public synchronized void release(long announcementId, int version, String userKey, ReminderStep step) {
        claimed.remove(key(announcementId, version, step) + userKey);
    }

    @Override
    public synchronized Set<String> sent(long announcementId, int version, ReminderStep step) {
        String prefix = key(announcementId, version, step);
        return claimed.stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).collect(Collectors.toSet());
    }

    @Override
    public synchronized void removeAll(Collection<Long> announcementIds) {
        claimed.removeIf(k -> announcementIds.contains(Long.parseLong(k.substring(0, k.indexOf('/')))));
    }

    private static String key(long announcementId, int version, ReminderStep step) {
        return announcementId + "/" + version + "/" + step.key() + "/";
    }
}
