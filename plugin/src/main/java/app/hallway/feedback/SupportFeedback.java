package app.hallway.feedback;

import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;

/**
 * Support ("+1") for a feedback item from a colleague: one per person, never for one's own named feedback.
 * The first time someone supports a named item it endorses its author in the interaction log.
 */
public final class SupportFeedback {
    private final Targets targets;
    private final FeedbackItems items;
    private final PanelGate gate;
    private final Endorsements endorsements;
    private final Time time;
    private final Texts texts;

    SupportFeedback(Targets targets, FeedbackItems items, FeedbackSettings settings, Endorsements endorsements, Time time, Texts texts) {
        this.targets = targets;
        this.items = items;
        this.gate = new PanelGate(settings, texts);
        this.endorsements = endorsements;
        this.time = time;
        this.texts = texts;
    }

    public SupportState support(Person viewer, long itemId) {
        Target target = visible(viewer, itemId);
        gate.requireOpen(target);
        if (viewer.key().equals(target.ownerKey())) {
            throw HallwayException.forbidden(texts.get("hallway.error.feedback.own-support"));
        }
        FeedbackItems.SupportChange change = items.support(itemId, viewer.key(), time.now());
        if (change.firstTime()) {
            endorsements.record(InteractionType.VOTE, viewer.key(), target, time.now());
        }
        return new SupportState(itemId, change.support(), true);
    }

    public SupportState withdraw(Person viewer, long itemId) {
        Target target = visible(viewer, itemId);
        gate.requireOpen(target);
        return new SupportState(itemId, items.withdrawSupport(itemId, viewer.key()).support(), false);
    }

    private Target visible(Person viewer, long itemId) {
        return targets.visible(viewer.key(), ItemKey.feedback(itemId))
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.feedback.not-found")));
    }
}
