package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollsTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final VoteInPoll vote = world.feedback.voteInPoll();

    private PollView show(String viewer, Map<String, String> extra) {
        Map<String, String> params = new HashMap<>(Map.of("question", "Lunch?", "options", "Pizza|Sushi|Tacos"));
        params.putAll(extra);
        return world.feedback.showPoll().forMacro(Optional.ofNullable(viewer).map(world::person), 42, "poll-1", params, true);
    }

    private static List<Integer> votes(PollView view) {
        return view.getOptions().stream().map(PollOptionView::getVotes).toList();
    }

    @Test
    void aPollShowsItsQuestionAndOptionsAndTakesVotes() {
        PollView view = show("eli", Map.of());

        assertEquals("Lunch?", view.getQuestion());
        assertEquals(List.of("Pizza", "Sushi", "Tacos"), view.getOptions().stream().map(PollOptionView::getText).toList());
        assertTrue(view.isCanVote());
        assertFalse(view.isVoted());
    }

    @Test
    void resultsAfterVotingByDefault() {
        long id = show("eli", Map.of()).getId();
        assertEquals("after-vote", show("eli", Map.of()).getHiddenReason());
        assertEquals(java.util.Arrays.asList(null, null, null), votes(show("eli", Map.of())), "no numbers leak before voting");

        PollView after = vote.vote(world.person("eli"), id, List.of("Sushi"));

        assertTrue(after.isResultsVisible());
        assertEquals(List.of(0, 1, 0), votes(after));
        assertEquals(100, after.getOptions().get(1).getPercent());
        assertTrue(after.getOptions().get(1).isChosen());
        assertEquals(List.of("Eli"), after.getOptions().get(1).getVoterNames());
    }

    @Test
    void oneBallotPerPersonChangeableUntilClosing() {
        long id = show("eli", Map.of("results", "always", "closes", "2026-11-30")).getId();
        vote.vote(world.person("eli"), id, List.of("Pizza"));
        PollView changed = vote.vote(world.person("eli"), id, List.of("Tacos"));

        assertEquals(List.of(0, 0, 1), votes(changed));
        assertEquals(1, changed.getVoters());

        world.clock.set(FeedbackWorld.NOW.plus(Duration.ofDays(2)));
        HallwayException closed = assertThrows(HallwayException.class, () -> vote.vote(world.person("eli"), id, List.of("Pizza")));
        assertEquals(HallwayException.Kind.CONFLICT, closed.kind());
        assertTrue(vote.read(world.person("eli"), id).isClosed());
        assertFalse(vote.read(world.person("eli"), id).isCanVote());
    }

    @Test
    void resultsAfterClosingStayHiddenUntilThen() {
        long id = show("eli", Map.of("results", "after-close", "closes", "2026-11-30")).getId();
        PollView voted = vote.vote(world.person("eli"), id, List.of("Pizza"));
        assertEquals("after-close", voted.getHiddenReason());
        assertEquals("Results appear when the poll closes.", voted.getHiddenMessage());

        world.clock.set(FeedbackWorld.NOW.plus(Duration.ofDays(2)));
        assertEquals(List.of(1, 0, 0), votes(vote.read(world.person("sam"), id)));
    }

    @Test
    void anonymousResultsWaitForFiveVotersAndNeverShowNames() {
        long id = show("eli", Map.of("anonymous", "true", "results", "always")).getId();
        List<String> voters = List.of("eli", "sam", "noa", "ana");
        for (String voter : voters) {
            vote.vote(world.person(voter), id, List.of("Pizza"));
        }
        PollView four = vote.read(world.person("eli"), id);
        assertEquals("too-few", four.getHiddenReason());
        assertTrue(four.getHiddenMessage().contains("5"), four.getHiddenMessage());
        assertEquals(4, four.getVoters());

        PollView five = vote.vote(world.person("hana"), id, List.of("Sushi"));
        assertEquals(List.of(4, 1, 0), votes(five));
        assertTrue(five.getOptions().stream().allMatch(o -> o.getVoterNames().isEmpty()));
    }

    @Test
    void theAnonymousMinimumIsASetting() {
        world.settings.put(FeedbackSettings.POLL_MINIMUM, "2");
        long id = show("eli", Map.of("anonymous", "true", "results", "always")).getId();
        vote.vote(world.person("eli"), id, List.of("Pizza"));

        assertTrue(vote.vote(world.person("sam"), id, List.of("Pizza")).isResultsVisible());
    }

    @Test
    void aPollThatWasAnonymousWhenPeopleVotedStaysAnonymous() {
        long id = show("eli", Map.of("anonymous", "true")).getId();
        vote.vote(world.person("eli"), id, List.of("Pizza"));

        PollView edited = show("eli", Map.of("anonymous", "false"));

        assertTrue(edited.isAnonymous());
        assertEquals(id, edited.getId());
    }

    @Test
    void ballotsAreChecked() {
        long single = show("eli", Map.of()).getId();
        assertEquals("options", assertThrows(HallwayException.class, () -> vote.vote(world.person("eli"), single, List.of())).field());
        assertEquals("options", assertThrows(HallwayException.class, () -> vote.vote(world.person("eli"), single, null)).field());
        assertEquals("options", assertThrows(HallwayException.class,
                () -> vote.vote(world.person("eli"), single, List.of("Pizza", "Sushi"))).field());
        assertEquals("options", assertThrows(HallwayException.class, () -> vote.vote(world.person("eli"), single, List.of("Curry"))).field());

        long multiple = world.feedback.showPoll().forMacro(Optional.of(world.person("eli")), 42, "poll-2",
                Map.of("question", "Which?", "options", "a|b|c", "multiple", "true", "results", "always"), true).getId();
        assertEquals(List.of(1, 0, 1), votes(vote.vote(world.person("eli"), multiple, List.of("a", "c", "a"))));
    }

    @Test
    void aPollOnAPageTheViewerCannotSeeIsNotFound() {
        long id = show("eli", Map.of()).getId();
        world.hide(42, "sam");

        assertEquals(HallwayException.Kind.NOT_FOUND, assertThrows(HallwayException.class, () -> vote.read(world.person("sam"), id)).kind());
        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> vote.vote(world.person("sam"), id, List.of("Pizza"))).kind());
    }

    @Test
    void aFirstNamedBallotEndorsesThePageOwnerAndAnonymousOnesNobody() {
        long named = show("eli", Map.of()).getId();
        vote.vote(world.person("eli"), named, List.of("Pizza"));
        vote.vote(world.person("eli"), named, List.of("Sushi"));
        assertEquals(1, world.interactions.size());
        assertEquals(InteractionType.VOTE, world.interactions.get(0).type());
        assertEquals("hana", world.interactions.get(0).targetKey());

        long anonymous = world.feedback.showPoll().forMacro(Optional.of(world.person("eli")), 42, "poll-3",
                Map.of("question", "Q", "options", "a|b", "anonymous", "true"), true).getId();
        vote.vote(world.person("sam"), anonymous, List.of("a"));
        assertEquals(1, world.interactions.size());
    }

    @Test
    void anUnsavedMacroShowsThePollClosedForVotes() {
        PollView preview = world.feedback.showPoll().forMacro(Optional.of(world.person("eli")), 0, null,
                Map.of("question", "Q", "options", "a|b"), true);

        assertNull(preview.getId());
        assertFalse(preview.isCanVote());
        assertEquals("Save the page to open the poll for votes.", preview.getHiddenMessage());
    }

    @Test
    void aBrokenMacroExplainsItselfInTheEditorsLanguage() {
        PollView broken = world.feedback.showPoll().forMacro(Optional.of(world.person("eli")), 42, "poll-9",
                Map.of("options", "only one"), true);

        assertFalse(broken.isValid());
        assertEquals(List.of("Give the poll a question.", "Give the poll at least two different options, separated by |."),
                broken.getProblems());
    }

    @Test
    void exportsShowThePollWithoutAForm() {
        PollView export = world.feedback.showPoll().forMacro(Optional.of(world.person("eli")), 42, "poll-1",
                Map.of("question", "Q", "options", "a|b"), false);

        assertFalse(export.isInteractive());
        assertFalse(export.isCanVote());
    }
}
