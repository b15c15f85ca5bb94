package app.hallway.leaders;

import java.time.Instant;
import java.util.Objects;

/**
 * One named interaction: {@code actor} engaged with something {@code target} wrote or did. Anonymous actions
 * are never recorded as interactions: there is no actor to record, by design.
 *
 * @param contentId the Confluence content or Hallway item it happened on ({@code "123"}, {@code "feedback:34"})
 */
public record Interaction(String actorKey, String targetKey, InteractionType type, String contentId, Instant at) {
    public Interaction {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    public boolean isSelf() {
        return actorKey.equals(targetKey);
    }
}
