package app.hallway.admin;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@link Settings} read through a short-lived cache, for code that reads the same few settings on every request
 * (the feedback panel and its REST calls read four per call). Writes go through and refresh this node's copy at
 * once; other cluster nodes see a change within {@code maxAge}. Configuration changes rarely and never needs to
 * be seen within the second, so the database is spared a query per setting per request.
 */
public final class CachedSettings implements Settings {
    private final Settings settings;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Optional<String> value, long readAt) {
    }

    public CachedSettings(Settings settings, Duration maxAge) {
        this(settings, maxAge, System::nanoTime);
    }

    CachedSettings(Settings settings, Duration maxAge, LongSupplier nanoTime) {
        this.settings = settings;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<String> get(String key) {
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(key);
        if (entry == null || now - entry.readAt() > maxAgeNanos) {
            entry = new Entry(settings.get(key), now);
            entries.put(key, entry);
        }
        return entry.value();
    }

    @Override
    public void put(String key, String value) {
        settings.put(key, value);
        entries.put(key, new Entry(Optional.ofNullable(value), nanoTime.getAsLong()));
    }
}
