package app.hallway.feedback.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.feedback.Poll;
import app.hallway.feedback.PollDefinition;
import app.hallway.feedback.PollResults;
import app.hallway.feedback.Polls.Ballot;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoPollsTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final PollDefinition LUNCH = new PollDefinition("Where do we lunch?", List.of("Pizza", "Sushi", "Tacos"),
            true, false, LocalDate.parse("2026-12-31"), PollResults.AFTER_VOTE);

    private static AoPolls store(Kind kind) {
        return new AoPolls(TestDatabases.fresh(kind, PollEntity.class, PollChoiceEntity.class, PollTallyEntity.class));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMacroInstanceIsOnePollWhoseDefinitionFollowsTheMacro(Kind kind) {
        AoPolls polls = store(kind);

        Poll first = polls.register(42, "m-1", LUNCH);
        PollDefinition edited = new PollDefinition("Where do we lunch on Friday?", List.of("Pizza", "Ramen"), false, true,
                null, PollResults.ALWAYS);
        Poll again = polls.register(42, "m-1", edited);

        assertEquals(first.id(), again.id());
        assertEquals(LUNCH, first.definition());
        assertEquals(edited, polls.byId(first.id()).orElseThrow().definition());
        assertEquals(again, polls.byInstance(42, "m-1").orElseThrow());
        assertTrue(polls.byInstance(43, "m-1").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void votingAgainReplacesTheBallot(Kind kind) {
        AoPolls polls = store(kind);
        long id = polls.register(42, "m-1", LUNCH).id();

        assertTrue(polls.vote(id, "eli", List.of("Pizza", "Sushi"), NOW));
        assertTrue(polls.vote(id, "sam", List.of("Pizza"), NOW));
        assertFalse(polls.vote(id, "eli", List.of("Tacos"), NOW));

        assertEquals(List.of("Tacos"), polls.ballot(id, "eli"));
        assertEquals(Map.of("Pizza", 1, "Tacos", 1), polls.tally(id));
        assertEquals(2, polls.byId(id).orElseThrow().voters());
        assertEquals(List.of("sam"), polls.votersFor(id, "Pizza", 10));
        assertEquals(List.of(), polls.ballot(id, "noa"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentBallotsKeepTalliesExact(Kind kind) throws Exception {
        AoPolls polls = store(kind);
        long id = polls.register(42, "m-1", LUNCH).id();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Boolean>> voters = new ArrayList<>();
            for (int v = 0; v < 30; v++) {
                String voter = "voter-" + (v % 15);
                String choice = LUNCH.options().get(v % 3);
                voters.add(() -> polls.vote(id, voter, List.of(choice), NOW));
            }
            for (var result : pool.invokeAll(voters)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Integer> expected = new java.util.HashMap<>();
        for (int v = 0; v < 15; v++) {
            polls.ballot(id, "voter-" + v).forEach(choice -> expected.merge(choice, 1, Integer::sum));
        }
        assertEquals(expected, polls.tally(id));
        assertEquals(15, polls.byId(id).orElseThrow().voters());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPersonsBallotsAreFoundAndErasedWithTheTalliesLowered(Kind kind) {
        AoPolls polls = store(kind);
        long lunch = polls.register(42, "m-1", LUNCH).id();
        long other = polls.register(43, "m-1", LUNCH).id();
        polls.vote(lunch, "eli", List.of("Pizza", "Sushi"), NOW);
        polls.vote(lunch, "sam", List.of("Pizza"), NOW);
        polls.vote(other, "eli", List.of("Tacos"), NOW.plusSeconds(60));

        assertEquals(List.of(new Ballot(lunch, List.of("Pizza", "Sushi"), NOW), new Ballot(other, List.of("Tacos"), NOW.plusSeconds(60))),
                polls.ballotsOf("eli"));
        assertEquals(2, polls.eraseBallotsOf("eli"));

        assertEquals(Map.of("Pizza", 1), polls.tally(lunch));
        assertEquals(1, polls.byId(lunch).orElseThrow().voters());
        assertEquals(Map.of(), polls.tally(other));
        assertEquals(0, polls.byId(other).orElseThrow().voters());
        assertTrue(polls.ballotsOf("eli").isEmpty());
        assertTrue(polls.vote(lunch, "eli", List.of("Tacos"), NOW), "voting again is a first ballot");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void erasingABallotWhileOthersVoteKeepsTalliesExact(Kind kind) throws Exception {
        AoPolls polls = store(kind);
        long id = polls.register(42, "m-1", LUNCH).id();
        polls.vote(id, "leaver", List.of("Pizza", "Sushi", "Tacos"), NOW);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Callable<Object>> work = new ArrayList<>();
            for (int v = 0; v < 16; v++) {
                String voter = "voter-" + (v % 8);
                String choice = LUNCH.options().get(v % 3);
                work.add(() -> polls.vote(id, voter, List.of(choice), NOW));
            }
            work.add(() -> polls.eraseBallotsOf("leaver"));
            for (var result : pool.invokeAll(work)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Integer> expected = new java.util.HashMap<>();
        for (int v = 0; v < 8; v++) {
            polls.ballot(id, "voter-" + v).forEach(choice -> expected.merge(choice, 1, Integer::sum));
        }
        assertEquals(expected, polls.tally(id));
        assertEquals(8, polls.byId(id).orElseThrow().voters());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAPageDeletesItsPollsWithTheirBallotsAndTallies(Kind kind) {
        AoPolls polls = store(kind);
        long gone = polls.register(42, "m-1", LUNCH).id();
        long kept = polls.register(43, "m-1", LUNCH).id();
        polls.vote(gone, "eli", List.of("Pizza"), NOW);
        polls.vote(kept, "eli", List.of("Sushi"), NOW);

        polls.deleteOnPage(42);

        assertTrue(polls.byId(gone).isEmpty() && polls.byInstance(42, "m-1").isEmpty());
        assertEquals(Map.of(), polls.tally(gone));
        assertEquals(List.of(new Ballot(kept, List.of("Sushi"), NOW)), polls.ballotsOf("eli"));
        assertEquals(Map.of("Sushi", 1), polls.tally(kept));
    }
}
