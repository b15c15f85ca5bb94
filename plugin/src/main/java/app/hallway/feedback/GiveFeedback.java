package app.hallway.feedback;

import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Gives feedback on a page or blog post, named or (where the space allows it) anonymous.
 *
 * <p>Anonymous feedback keeps the promise the form makes: nothing about the person is stored, derived or
 * logged. The item has no author key (nor a hash of one), its time is only the day, its id is random, it is
 * not in the interaction log, and nothing here logs. Named feedback is an endorsement of the page's owner.
 */
public final class GiveFeedback {
    private final Targets targets;
    private final FeedbackItems items;
    private final FeedbackCards cards;
    private final FeedbackSettings settings;
    private final PanelGate gate;
    private final Endorsements endorsements;
    private final Time time;
    private final Texts texts;

    GiveFeedback(Targets targets, FeedbackItems items, FeedbackCards cards, FeedbackSettings settings,
                 Endorsements endorsements, Time time, Texts texts) {
        this.targets = targets;
        this.items = items;
        this.cards = cards;
        this.settings = settings;
        this.gate = new PanelGate(settings, texts);
        this.endorsements = endorsements;
        this.time = time;
        this.texts = texts;
    }

    public FeedbackCard give(Person viewer, String contentId, String text, boolean anonymous) {
        Target page = targets.visiblePage(viewer.key(), contentId);
        gate.requireOpen(page);
        if (anonymous && !settings.anonymousAllowed(page.spaceKey())) {
            throw HallwayException.forbidden(texts.get("hallway.error.feedback.anonymous-off"));
        }
        String clean = PlainText.required(text, "text", texts);
        Instant now = time.now();
        FeedbackItem item = items.create(anonymous
                ? new NewFeedbackItem(page.pageId(), page.spaceKey(), null, clean, now.truncatedTo(ChronoUnit.DAYS))
                : new NewFeedbackItem(page.pageId(), page.spaceKey(), viewer.key(), clean, now));
        if (!anonymous) {
            endorsements.record(InteractionType.COMMENT, viewer.key(), page, now);
        }
        return cards.of(viewer.key(), item);
    }
}
