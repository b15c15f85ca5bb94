package app.hallway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.hallway.testing.InMemorySettings;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedSettingsTest {
    private final InMemorySettings stored = new InMemorySettings();
    private final AtomicLong nanos = new AtomicLong();
    private final CachedSettings cached = new CachedSettings(stored, Duration.ofSeconds(5), nanos::get);

    @Test
    void anotherNodesChangeIsSeenOnceTheCopyIsOlderThanMaxAge() {
        stored.put("feedback.panel.default", "on");
        assertEquals("on", cached.get("feedback.panel.default").orElseThrow());

        stored.put("feedback.panel.default", "off");
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals("on", cached.get("feedback.panel.default").orElseThrow(), "still this node's copy");

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertEquals("off", cached.get("feedback.panel.default").orElseThrow());
    }

    @Test
    void thisNodesWritesAreSeenAtOnce() {
        assertEquals("fallback", cached.get("feedback.reactions", "fallback"));

        cached.put("feedback.reactions", "👍");

        assertEquals("👍", cached.get("feedback.reactions").orElseThrow());
        assertEquals("👍", stored.get("feedback.reactions").orElseThrow());
    }
}
