package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeedbackPrivacyTest {
    private static final PollDefinition NAMED = new PollDefinition("Lunch?", List.of("Pizza", "Sushi"), false, false, null,
            PollResults.ALWAYS);
    private static final PollDefinition ANONYMOUS = new PollDefinition("Happy?", List.of("Yes", "No"), false, true, null,
            PollResults.ALWAYS);

    private final FeedbackWorld world = new FeedbackWorld().page(43, "NEWS", "Reorganisation", "hana");
    private final FeedbackPrivacy privacy = world.feedback.privacy();
    private FeedbackCard elisIdea;
    private FeedbackCard samsIdea;
    private long namedPoll;
    private long anonymousPoll;

    /** Eli gives named and anonymous feedback, reacts, supports Sam's idea and votes; HR (hana) answers him. */
    private void eliTakesPart() {
        elisIdea = world.feedback.giveFeedback().give(world.person("eli"), "42", "Longer breaks", false);
        world.feedback.giveFeedback().give(world.person("eli"), "43", "Merge the teams", false);
        world.feedback.giveFeedback().give(world.person("eli"), "42", "My secret idea", true);
        samsIdea = world.feedback.giveFeedback().give(world.person("sam"), "42", "Plants", false);
        world.feedback.answerFeedback().answer(world.person("hana"), elisIdea.getId(), "planned", "From March");
        world.feedback.react().add(world.person("eli"), "42", "👍");
        world.feedback.react().add(world.person("sam"), "42", "👍");
        world.feedback.react().add(world.person("eli"), samsIdea.getContentId(), "💡");
        world.feedback.react().remove(world.person("eli"), samsIdea.getContentId(), "💡");
        world.feedback.supportFeedback().support(world.person("eli"), samsIdea.getId());
        namedPoll = world.polls.register(42, "poll-1", NAMED).id();
        anonymousPoll = world.polls.register(42, "poll-2", ANONYMOUS).id();
        world.feedback.voteInPoll().vote(world.person("eli"), namedPoll, List.of("Pizza"));
        world.feedback.voteInPoll().vote(world.person("sam"), namedPoll, List.of("Pizza"));
        world.feedback.voteInPoll().vote(world.person("eli"), anonymousPoll, List.of("No"));
        world.hide(43, "eli");
    }

    @Test
    void theExportListsWhatIsLinkedToThePersonAndSaysWhyAnonymousFeedbackIsNot() {
        eliTakesPart();

        MyFeedback mine = privacy.export("eli");

        assertEquals(Set.of("Longer breaks", "Merge the teams"), mine.items().stream().map(MyFeedback.Item::text).collect(Collectors.toSet()),
                "named items only");
        MyFeedback.Item answered = mine.items().stream().filter(item -> item.text().equals("Longer breaks")).findFirst().orElseThrow();
        assertEquals("Holidays", answered.pageTitle());
        assertEquals("planned", answered.status());
        assertEquals("From March", answered.response());
        assertNull(mine.items().stream().filter(item -> item.pageId() == 43).findFirst().orElseThrow().pageTitle(),
                "no title of a page they may no longer view");
        assertEquals(List.of(new MyFeedback.Reaction("42", "👍", FeedbackWorld.NOW.toString(), true),
                new MyFeedback.Reaction(samsIdea.getContentId(), "💡", FeedbackWorld.NOW.toString(), false)), mine.reactions());
        assertEquals(List.of(new MyFeedback.Support(samsIdea.getContentId(), FeedbackWorld.NOW.toString(), true)), mine.support());
        assertEquals(List.of(new MyFeedback.PollVote(namedPoll, 42, "Lunch?", List.of("Pizza"), FeedbackWorld.NOW.toString())),
                mine.pollVotes(), "ballots in anonymous polls are not listed");
        assertTrue(mine.anonymous().startsWith("Anonymous feedback is not listed"), mine.anonymous());
        assertTrue(mine.items().stream().noneMatch(item -> item.text().equals("My secret idea")));
        assertEquals(List.of(new MyFeedback.Answer(elisIdea.getContentId(), 42, "planned", "From March", FeedbackWorld.NOW.toString())),
                privacy.export("hana").answers());
    }

    @Test
    void erasingDeletesReactionsVotesAndBallotsWithTheirCountsAndAnonymisesNamedFeedback() {
        eliTakesPart();
        world.clock.set(FeedbackWorld.NOW.plusSeconds(3600));

        assertEquals(2 + 1 + 2 + 2, privacy.erase("eli"), "2 reactions, 1 support vote, 2 ballots, 2 items");

        assertEquals(Map.of("42", Map.of("👍", 1)), world.reactions.counts(List.of("42", samsIdea.getContentId())));
        assertEquals(0, world.items.byId(samsIdea.getId()).orElseThrow().support());
        assertEquals(Map.of("Pizza", 1), world.polls.tally(namedPoll));
        assertEquals(Map.of(), world.polls.tally(anonymousPoll), "the key kept in an anonymous poll goes too");
        FeedbackItem kept = world.items.byId(elisIdea.getId()).orElseThrow();
        assertNull(kept.authorKey());
        assertEquals(Instant.parse("2026-11-29T00:00:00Z"), kept.created(), "only the day, like anonymous feedback");
        assertEquals("From March", kept.response());
        assertEquals("hana", kept.responderKey());
        MyFeedback after = privacy.export("eli");
        assertTrue(after.items().isEmpty() && after.reactions().isEmpty() && after.support().isEmpty() && after.pollVotes().isEmpty());
    }

    @Test
    void hrAnswersStayWithoutTheirAuthorsName() {
        eliTakesPart();

        assertEquals(1, privacy.erase("hana"));

        FeedbackItem answered = world.items.byId(elisIdea.getId()).orElseThrow();
        assertNull(answered.responderKey());
        assertEquals("From March", answered.response());
        assertEquals("eli", answered.authorKey());
    }
}
