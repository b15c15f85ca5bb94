package app.hallway.admin;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@link Settings} read through a short-lived cache on this node: a page view asks for the HR groups on every
 * render, and the answer changes when an administrator edits the configuration, a few times a year. A change
 * made on this node is seen at once; one made on another node within {@code ttl}.
 */
public final class CachedSettings implements Settings {
    private final Settings settings;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CachedSettings(Settings settings, Duration ttl) {
        this(settings, ttl, System::nanoTime);
    }

    CachedSettings(Settings settings, Duration ttl, LongSupplier nanoTime) {
        this.settings = settings;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<String> get(String key) {
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(key);
        if (entry == null || now - entry.readAt() > ttlNanos) {
            entry = new Entry(settings.get(key), now);
            entries.put(key, entry);
        }
        return entry.value();
    }

    @Override
    public void put(String key, String value) {
        settings.put(key, value);
        entries.remove(key);
    }

    private record Entry(Optional<String> value, long readAt) {
    }
}
