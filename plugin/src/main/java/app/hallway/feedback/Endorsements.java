package app.hallway.feedback;

import app.hallway.leaders.Activity;
import app.hallway.leaders.InteractionType;
import app.hallway.leaders.RecordActivity;
import java.time.Instant;
import java.util.Set;

/**
 * Feeds the interaction log from named feedback actions: who engaged with whose contribution. Anonymous
 * actions never come here (there is no actor, and recording one would break the promise); when the owner is
 * unknown or anonymous there is no one to endorse, and {@link RecordActivity} drops self-interactions and
 * personal spaces.
 */
final class Endorsements {
    private final RecordActivity activity;

    Endorsements(RecordActivity activity) {
        this.activity = activity;
    }

    /** {@code actorKey} engaged with the owner of {@code target}. */
    void record(InteractionType type, String actorKey, Target target, Instant at) {
        record(type, actorKey, target.ownerKey(), target, at);
    }

    /** {@code actorKey} engaged with {@code ownerKey}'s contribution on {@code where}. */
    void record(InteractionType type, String actorKey, String ownerKey, Target where, Instant at) {
        if (actorKey == null || ownerKey == null) {
            return;
        }
        activity.record(new Activity(type, actorKey, Set.of(ownerKey), where.contentId(), "", where.personalSpace(), at));
    }
}
