package app.hallway.admin;

import java.util.Optional;

/** Hallway's configuration, shared by every node: plain string values under dotted keys. */
public interface Settings {
    Optional<String> get(String key);

    void put(String key, String value);

    default String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }
}
