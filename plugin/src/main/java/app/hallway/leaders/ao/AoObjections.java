package app.hallway.leaders.ao;

import app.hallway.leaders.Objections;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link Objections} in Active Objects: one row per objector, unique by user key, so every node agrees. */
@Named
public final class AoObjections implements Objections {
    private final ActiveObjects ao;

    @Inject
    public AoObjections(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void object(String userKey, Instant at) {
        if (objectedAt(userKey).isPresent()) {
            return;
        }
        try {
            ao.executeInTransaction(() -> ao.create(ObjectionEntity.class, new DBParam("USER_KEY", userKey),
                    new DBParam("OBJECTED_AT", Date.from(at))));
        } catch (RuntimeException raced) {
            // The same person objected on another node a moment ago: the unique key kept the first.
            if (objectedAt(userKey).isEmpty()) {
                throw raced;
            }
        }
    }

    @Override
    public void withdraw(String userKey) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(ObjectionEntity.class, "USER_KEY = ?", userKey));
    }

    @Override
    public Optional<Instant> objectedAt(String userKey) {
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            ObjectionEntity[] found = ao.find(ObjectionEntity.class, Query.select().where("USER_KEY = ?", userKey));
            return found.length == 0 ? null : found[0].getObjectedAt().toInstant();
        }));
    }

    @Override
    public Set<String> all() {
        Set<String> keys = new HashSet<>();
        ao.executeInTransaction(() -> {
            ao.stream(ObjectionEntity.class, Query.select("ID, USER_KEY"), row -> keys.add(row.getUserKey()));
            return null;
        });
        return Set.copyOf(keys);
    }
}
