package app.hallway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachedSettingsTest {
    private final Map<String, String> stored = new HashMap<>();
    private int reads;
    private final Settings database = new Settings() {
        @Override
        public Optional<String> get(String key) {
            reads++;
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }
    };
    private long now;
    private final CachedSettings cached = new CachedSettings(database, Duration.ofSeconds(10), () -> now);

    @Test
    void aValueIsReadOnceWithinTheWindow() {
        stored.put("roles.hr-groups", "hr");

        assertEquals(Optional.of("hr"), cached.get("roles.hr-groups"));
        assertEquals(Optional.of("hr"), cached.get("roles.hr-groups"));
        assertEquals(1, reads);
    }

    @Test
    void aChangeElsewhereShowsAfterTheWindowAndAChangeHereAtOnce() {
        stored.put("roles.hr-groups", "hr");
        cached.get("roles.hr-groups");

        stored.put("roles.hr-groups", "people-ops");
        assertEquals(Optional.of("hr"), cached.get("roles.hr-groups"));
        now += Duration.ofSeconds(11).toNanos();
        assertEquals(Optional.of("people-ops"), cached.get("roles.hr-groups"));

        cached.put("roles.hr-groups", "hallway-hr");
        assertEquals(Optional.of("hallway-hr"), cached.get("roles.hr-groups"));
    }

    @Test
    void anAbsentValueIsRememberedToo() {
        assertEquals(Optional.empty(), cached.get("missing"));
        cached.get("missing");

        assertEquals(1, reads);
    }
}
