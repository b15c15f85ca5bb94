package app.hallway.leaders;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Objections} in a map, for use-case tests. */
public final class InMemoryObjections implements Objections {
    private final Map<String, Instant> objected = new HashMap<>();

    @Override
    public void object(String userKey, Instant at) {
        objected.putIfAbsent(userKey, at);
    }

    @Override
    public void withdraw(String userKey) {
        objected.remove(userKey);
    }

    @Override
    public Optional<Instant> objectedAt(String userKey) {
        return Optional.ofNullable(objected.get(userKey));
    }

    @Override
    public Set<String> all() {
        return Set.copyOf(objected.keySet());
    }
}
