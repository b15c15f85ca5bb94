package app.hallway.feedback;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;

/**
 * Lets the author of named feedback edit or withdraw it. Anonymous feedback has no author on record, so no
 * one can change it (the form says so before it is sent). Withdrawing removes the item, its support and its
 * reactions.
 */
public final class ChangeFeedback {
    private final Targets targets;
    private final FeedbackItems items;
    private final Reactions reactions;
    private final FeedbackCards cards;
    private final PanelGate gate;
    private final Time time;
    private final Texts texts;

    ChangeFeedback(Targets targets, FeedbackItems items, Reactions reactions, FeedbackCards cards,
                   FeedbackSettings settings, Time time, Texts texts) {
        this.targets = targets;
        this.items = items;
        this.reactions = reactions;
        this.cards = cards;
        this.gate = new PanelGate(settings, texts);
        this.time = time;
        this.texts = texts;
    }

    public FeedbackCard edit(Person viewer, long itemId, String text) {
        Target target = ownItem(viewer, itemId);
        gate.requireOpen(target);
        String clean = PlainText.required(text, "text", texts);
        return cards.of(viewer.key(), items.edit(itemId, clean, time.now()));
    }

    public void withdraw(Person viewer, long itemId) {
        Target target = ownItem(viewer, itemId);
        items.delete(itemId);
        reactions.removeAll(target.contentId());
    }

    private Target ownItem(Person viewer, long itemId) {
        Target target = targets.visible(viewer.key(), ItemKey.feedback(itemId)).orElseThrow(() -> notFound());
        if (!viewer.key().equals(target.ownerKey())) {
            throw HallwayException.forbidden(texts.get("hallway.error.feedback.not-author"));
        }
        return target;
    }

    private HallwayException notFound() {
        return HallwayException.notFound(texts.get("hallway.error.feedback.not-found"));
    }
}
