package app.hallway.feedback;

import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;

/**
 * Adds or removes a person's reaction to a page, blog post, announcement or feedback item. Idempotent both
 * ways; answers that reaction's count afterwards (from the same transaction, no further query). The first time
 * someone gives a reaction to an item it is an endorsement of its owner in the interaction log.
 */
public final class React {
    private final Targets targets;
    private final Reactions reactions;
    private final FeedbackSettings settings;
    private final PanelGate gate;
    private final Endorsements endorsements;
    private final Time time;
    private final Texts texts;

    React(Targets targets, Reactions reactions, FeedbackSettings settings, Endorsements endorsements, Time time, Texts texts) {
        this.targets = targets;
        this.reactions = reactions;
        this.settings = settings;
        this.gate = new PanelGate(settings, texts);
        this.endorsements = endorsements;
        this.time = time;
        this.texts = texts;
    }

    public ReactionState add(Person viewer, String contentId, String reaction) {
        Target target = targets.visible(viewer.key(), contentId);
        gate.requireOpen(target);
        String known = known(reaction);
        Reactions.ReactionChange change = reactions.add(target, known, viewer.key(), time.now());
        if (change.firstTime()) {
            endorsements.record(InteractionType.REACTION, viewer.key(), target, time.now());
        }
        return new ReactionState(target.contentId(), known, change.count(), true);
    }

    public ReactionState remove(Person viewer, String contentId, String reaction) {
        Target target = targets.visible(viewer.key(), contentId);
        gate.requireOpen(target);
        String known = known(reaction);
        return new ReactionState(target.contentId(), known, reactions.remove(target, known, viewer.key(), time.now()).count(), false);
    }

    private String known(String reaction) {
        ReactionSet set = settings.reactions();
        return set.match(reaction).orElseThrow(() -> HallwayException.invalid("reaction",
                texts.get("hallway.error.reaction.unknown", reaction == null ? "" : reaction, set.toString())));
    }
}
