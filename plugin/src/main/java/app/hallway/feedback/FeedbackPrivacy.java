package app.hallway.feedback;

import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import app.hallway.platform.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's rights over their part of the feedback feature: to see it and to have it erased. Anonymous
 * feedback is not theirs to see or erase: nothing stored links it to anyone, which the export says in words.
 *
 * <p>Erasing deletes the person's reactions, support votes and poll ballots (also in anonymous polls, where
 * their key is kept only so that each person votes once), lowering every count exactly as taking them back
 * would. Their named feedback items are <em>anonymised</em>, not deleted: each is also a conversation others
 * took part in (colleagues' support and reactions, HR's public answer and status, the "you said, we did" the
 * panel exists for), and deleting it would erase their contributions too. After erasure an item is stored
 * exactly as anonymous feedback is (no author, the time only its day), so it no longer links to the person; who
 * wants the text itself gone withdraws the item first, which the privacy page says. For the same reason HR's
 * answers stay, as the company's voice, without the name of the HR member who wrote them.
 */
public final class FeedbackPrivacy {
    private final FeedbackItems items;
    private final Reactions reactions;
    private final Polls polls;
    private final Contents contents;
    private final Texts texts;

    FeedbackPrivacy(FeedbackItems items, Reactions reactions, Polls polls, Contents contents, Texts texts) {
        this.items = items;
        this.reactions = reactions;
        this.polls = polls;
        this.contents = contents;
        this.texts = texts;
    }

    /** What the feature holds about {@code userKey}. */
    public MyFeedback export(String userKey) {
        Map<Long, Optional<String>> titles = new HashMap<>();
        List<MyFeedback.Item> written = new ArrayList<>();
        for (FeedbackItem item : items.byAuthor(userKey)) {
            written.add(new MyFeedback.Item(item.key().value(), item.pageId(), title(titles, userKey, item.pageId()).orElse(null), item.text(),
                    item.status().value(), text(item.created()), text(item.edited()), item.response(), text(item.responded()),
                    item.support()));
        }
        List<MyFeedback.Answer> answers = items.answeredBy(userKey).stream()
                .map(item -> new MyFeedback.Answer(item.key().value(), item.pageId(), item.status().value(), item.response(),
                        text(item.responded())))
                .toList();
        List<MyFeedback.Reaction> given = reactions.givenBy(userKey).stream()
                .map(reaction -> new MyFeedback.Reaction(reaction.contentId(), reaction.reaction(), text(reaction.at()), reaction.active()))
                .toList();
        List<MyFeedback.Support> support = items.supportGivenBy(userKey).stream()
                .map(vote -> new MyFeedback.Support(ItemKey.feedback(vote.itemId()).value(), text(vote.at()), vote.active()))
                .toList();
        List<MyFeedback.PollVote> votes = new ArrayList<>();
        for (Polls.Ballot ballot : polls.ballotsOf(userKey)) {
            polls.byId(ballot.pollId()).filter(poll -> !poll.definition().anonymous()).ifPresent(poll -> votes.add(
                    new MyFeedback.PollVote(poll.id(), poll.pageId(),
                            title(titles, userKey, poll.pageId()).map(title -> poll.definition().question()).orElse(null),
                            ballot.choices(), text(ballot.at()))));
        }
        return new MyFeedback(texts.get("hallway.privacy.feedback.anonymous"), written, answers, given, support, votes);
    }

    /**
     * Erases the person's reactions, support votes and ballots, anonymises their named feedback items and removes
     * their name from the answers they gave as HR (see the class comment for why).
     *
     * @return how many records were erased or anonymised
     */
    public int erase(String userKey) {
        return reactions.eraseBy(userKey) + items.eraseSupportBy(userKey) + polls.eraseBallotsOf(userKey)
                + items.anonymiseAuthor(userKey) + items.forgetResponder(userKey);
    }

    private Optional<String> title(Map<Long, Optional<String>> titles, String userKey, long pageId) {
        return titles.computeIfAbsent(pageId, id -> contents.canView(userKey, id)
                ? contents.find(id).map(ContentRef::title) : Optional.empty());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
