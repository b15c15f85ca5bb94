package app.hallway.feedback;

import app.hallway.admin.Roles;
import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Notification;
import app.hallway.platform.Notifier;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * HR closes the loop: sets an item's status with a response everyone sees on the item. The named author is
 * told (in their language) whenever the status or the response changes; anonymous authors cannot be, by
 * design. A new response to named feedback is an endorsement of its author in the interaction log.
 */
public final class AnswerFeedback {
    private final Targets targets;
    private final FeedbackItems items;
    private final FeedbackCards cards;
    private final Roles roles;
    private final Notifier notifier;
    private final People people;
    private final Endorsements endorsements;
    private final Time time;
    private final Texts texts;

    AnswerFeedback(Targets targets, FeedbackItems items, FeedbackCards cards, Roles roles, Notifier notifier,
                   People people, Endorsements endorsements, Time time, Texts texts) {
        this.targets = targets;
        this.items = items;
        this.cards = cards;
        this.roles = roles;
        this.notifier = notifier;
        this.people = people;
        this.endorsements = endorsements;
        this.time = time;
        this.texts = texts;
    }

    public FeedbackCard answer(Person viewer, long itemId, String status, String response) {
        if (!roles.isHr(viewer.key())) {
            throw HallwayException.forbidden(texts.get("hallway.error.feedback.hr-only"));
        }
        FeedbackStatus newStatus = FeedbackStatus.fromValue(status).orElseThrow(() -> HallwayException.invalid("status",
                texts.get("hallway.error.feedback.status", status == null ? "" : status, FeedbackStatus.choices())));
        String newResponse = PlainText.optional(response, "response", texts);
        Target target = targets.visible(viewer.key(), ItemKey.feedback(itemId))
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.feedback.not-found")));
        FeedbackItem before = items.byId(itemId).orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.feedback.not-found")));
        Instant now = time.now();
        FeedbackItem after = items.answer(itemId, newStatus, newResponse, viewer.key(), now);
        boolean newAnswer = newResponse != null && !newResponse.equals(before.response());
        if (newAnswer) {
            endorsements.record(InteractionType.ANSWER, viewer.key(), target, now);
        }
        if (!after.anonymous() && (newAnswer || before.status() != newStatus) && !after.authorKey().equals(viewer.key())) {
            tellAuthor(after, target);
        }
        return cards.of(viewer.key(), after);
    }

    private void tellAuthor(FeedbackItem item, Target target) {
        Locale locale = people.localeOf(item.authorKey());
        String status = texts.get(locale, "hallway.feedback.status." + item.status().value());
        String response = Objects.requireNonNullElse(item.response(), texts.get(locale, "hallway.feedback.notify.no-response"));
        notifier.send(new Notification(item.authorKey(),
                texts.get(locale, "hallway.feedback.notify.subject", target.pageTitle()),
                texts.get(locale, "hallway.feedback.notify.text", target.pageTitle(), status, response),
                "/pages/viewpage.action?pageId=" + item.pageId() + "#hallway-feedback-" + item.id()));
    }
}
