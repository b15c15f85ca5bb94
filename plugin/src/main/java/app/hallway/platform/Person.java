package app.hallway.platform;

import java.util.Objects;

/** Someone in the directory: the stable key Hallway stores, and what is shown of them. */
public record Person(String key, String username, String displayName) {
    public Person {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
