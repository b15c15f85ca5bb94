package app.hallway.feedback.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.feedback.ItemKey;
import app.hallway.feedback.Reactions.GivenReaction;
import app.hallway.feedback.Reactions.ReactionChange;
import app.hallway.feedback.Reactions.Reactor;
import app.hallway.feedback.Target;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoReactionsTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:15:30Z");
    private static final Target PAGE = new Target(ItemKey.content(42), 42, "Holidays", "NEWS", false, "hana");
    private static final Target ITEM = new Target(ItemKey.feedback(7), 42, "Holidays", "NEWS", false, "eli");
    private static final Target ANNOUNCEMENT = new Target(new ItemKey(ItemKey.Kind.ANNOUNCEMENT, 3), 42, "Holidays", "NEWS", false, "hana");
    private static final Target OTHER_PAGE = new Target(ItemKey.content(43), 43, "Canteen", "NEWS", false, "hana");

    private static AoReactions store(Kind kind) {
        return new AoReactions(TestDatabases.fresh(kind, ReactionEntity.class, ReactionCountEntity.class));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reactingTwiceCountsOnce(Kind kind) {
        AoReactions reactions = store(kind);

        ReactionChange first = reactions.add(PAGE, "👍", "eli", NOW);
        ReactionChange again = reactions.add(PAGE, "👍", "eli", NOW);

        assertEquals(new ReactionChange(true, true, 1), first);
        assertEquals(new ReactionChange(false, false, 1), again);
        assertEquals(Map.of("42", Map.of("👍", 1)), reactions.counts(List.of("42")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void takingAReactionBackAndGivingItAgainIsNotAFirstTime(Kind kind) {
        AoReactions reactions = store(kind);
        reactions.add(PAGE, "🎉", "eli", NOW);

        ReactionChange removed = reactions.remove(PAGE, "🎉", "eli", NOW);
        ReactionChange removedAgain = reactions.remove(PAGE, "🎉", "eli", NOW);
        ReactionChange readded = reactions.add(PAGE, "🎉", "eli", NOW);

        assertEquals(new ReactionChange(true, false, 0), removed);
        assertEquals(new ReactionChange(false, false, 0), removedAgain);
        assertEquals(new ReactionChange(true, false, 1), readded);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void countsAndMineArePerItem(Kind kind) {
        AoReactions reactions = store(kind);
        reactions.add(PAGE, "👍", "eli", NOW);
        reactions.add(PAGE, "👍", "sam", NOW);
        reactions.add(PAGE, "❤️", "sam", NOW);
        reactions.add(ITEM, "💡", "sam", NOW);

        assertEquals(Map.of("42", Map.of("👍", 2, "❤️", 1), "feedback:7", Map.of("💡", 1)),
                reactions.counts(List.of("42", "feedback:7", "feedback:8")));
        assertEquals(Map.of("42", Set.of("👍", "❤️"), "feedback:7", Set.of("💡")), reactions.mine("sam", List.of("42", "feedback:7")));
        assertEquals(Map.of("42", Set.of("👍")), reactions.mine("eli", List.of("42", "feedback:7")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whoReactedPagesInTheOrderPeopleFirstReacted(Kind kind) {
        AoReactions reactions = store(kind);
        for (String user : List.of("ana", "eli", "sam", "noa")) {
            reactions.add(PAGE, "👍", user, NOW);
        }
        reactions.remove(PAGE, "👍", "eli", NOW);

        List<Reactor> first = reactions.who("42", "👍", 0, 2);
        List<Reactor> rest = reactions.who("42", "👍", first.get(1).position(), 2);

        assertEquals(List.of("ana", "sam"), first.stream().map(Reactor::userKey).toList());
        assertEquals(List.of("noa"), rest.stream().map(Reactor::userKey).toList());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAllForgetsAnItemsReactions(Kind kind) {
        AoReactions reactions = store(kind);
        reactions.add(ITEM, "👍", "eli", NOW);
        reactions.add(PAGE, "👍", "eli", NOW);

        reactions.removeAll("feedback:7");

        assertEquals(Map.of("42", Map.of("👍", 1)), reactions.counts(List.of("42", "feedback:7")));
        assertTrue(reactions.who("feedback:7", "👍", 0, 10).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCounterAnotherNodeRemovedIsMadeAgainOnTheNextToggle(Kind kind) {
        var database = TestDatabases.fresh(kind, ReactionEntity.class, ReactionCountEntity.class);
        AoReactions thisNode = new AoReactions(database);
        AoReactions otherNode = new AoReactions(database);
        thisNode.add(ITEM, "👍", "eli", NOW);

        otherNode.removeAll("feedback:7");
        ReactionChange again = thisNode.add(ITEM, "👍", "dana", NOW);

        assertEquals(new ReactionChange(true, true, 1), again);
        assertEquals(Map.of("feedback:7", Map.of("👍", 1)), otherNode.counts(List.of("feedback:7")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentTogglesLeaveExactCounts(Kind kind) throws Exception {
        AoReactions reactions = store(kind);
        List<String> set = List.of("👍", "❤️", "🎉");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<boolean[]>> clients = new ArrayList<>();
            for (int client = 0; client < 16; client++) {
                String user = "user-" + client;
                long seed = client;
                clients.add(() -> {
                    Random random = new Random(seed);
                    boolean[] state = new boolean[set.size()];
                    for (int i = 0; i < 40; i++) {
                        int r = random.nextInt(set.size());
                        if (state[r]) {
                            reactions.remove(PAGE, set.get(r), user, NOW);
                        } else {
                            reactions.add(PAGE, set.get(r), user, NOW);
                        }
                        state[r] = !state[r];
                    }
                    return state;
                });
            }
            assertCountsAreTheClientsStates(reactions, set, pool.invokeAll(clients));
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentFirstReactionsAgreeOnOneCounter(Kind kind) throws Exception {
        AoReactions reactions = store(kind);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ReactionChange>> clients = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                String user = "user-" + client;
                clients.add(() -> reactions.add(ITEM, "🤔", user, NOW));
            }
            for (Future<ReactionChange> result : pool.invokeAll(clients)) {
                assertTrue(result.get().firstTime());
            }
            assertEquals(8, reactions.counts(List.of("feedback:7")).get("feedback:7").get("🤔"));
            assertFalse(reactions.add(ITEM, "🤔", "user-1", NOW).changed());
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAPageForgetsTheReactionsOnItsAnnouncementsAndFeedbackToo(Kind kind) {
        AoReactions reactions = store(kind);
        for (Target target : List.of(PAGE, ITEM, ANNOUNCEMENT, OTHER_PAGE)) {
            reactions.add(target, "👍", "eli", NOW);
        }

        reactions.removeOnPage(42);

        assertEquals(Map.of("43", Map.of("👍", 1)), reactions.counts(List.of("42", "feedback:7", "announcement:3", "43")));
        assertEquals(List.of(new GivenReaction("43", "👍", NOW, true)), reactions.givenBy("eli"));
        assertEquals(new ReactionChange(true, true, 1), reactions.add(PAGE, "👍", "eli", NOW), "a fresh counter, not a stale id");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void givenByListsEveryReactionAlsoTheOnesTakenBack(Kind kind) {
        AoReactions reactions = store(kind);
        reactions.add(PAGE, "👍", "eli", NOW);
        reactions.add(ITEM, "🎉", "eli", NOW.plusSeconds(60));
        reactions.remove(ITEM, "🎉", "eli", NOW.plusSeconds(120));
        reactions.add(PAGE, "👍", "sam", NOW);

        assertEquals(List.of(new GivenReaction("42", "👍", NOW, true), new GivenReaction("feedback:7", "🎉", NOW.plusSeconds(60), false)),
                reactions.givenBy("eli"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void erasingAPersonDeletesTheirReactionsAndLowersTheCountsTheyMadeUp(Kind kind) {
        AoReactions reactions = store(kind);
        reactions.add(PAGE, "👍", "eli", NOW);
        reactions.add(PAGE, "🎉", "eli", NOW);
        reactions.remove(PAGE, "🎉", "eli", NOW);
        reactions.add(PAGE, "👍", "sam", NOW);
        reactions.add(ITEM, "💡", "eli", NOW);

        assertEquals(3, reactions.eraseBy("eli"));

        assertEquals(Map.of("42", Map.of("👍", 1)), reactions.counts(List.of("42", "feedback:7")));
        assertTrue(reactions.givenBy("eli").isEmpty());
        assertEquals(Map.of("42", Set.of("👍")), reactions.mine("sam", List.of("42")));
        assertEquals(0, reactions.eraseBy("eli"), "erasing again finds nothing");
        assertTrue(reactions.add(PAGE, "🎉", "eli", NOW).firstTime(), "nothing is left that remembers the earlier one");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void erasingWhileOthersToggleLeavesExactCounts(Kind kind) throws Exception {
        AoReactions reactions = store(kind);
        List<String> set = List.of("👍", "❤️", "🎉");
        for (String reaction : set) {
            reactions.add(PAGE, reaction, "leaver", NOW);
        }
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Callable<boolean[]>> clients = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                String user = "user-" + client;
                Random random = new Random(client);
                clients.add(() -> {
                    boolean[] state = new boolean[set.size()];
                    for (int i = 0; i < 30; i++) {
                        int r = random.nextInt(set.size());
                        if (state[r]) {
                            reactions.remove(PAGE, set.get(r), user, NOW);
                        } else {
                            reactions.add(PAGE, set.get(r), user, NOW);
                        }
                        state[r] = !state[r];
                    }
                    return state;
                });
            }
            clients.add(() -> {
                reactions.eraseBy("leaver");
                return new boolean[set.size()];
            });
            assertCountsAreTheClientsStates(reactions, set, pool.invokeAll(clients));
        } finally {
            pool.shutdown();
        }
    }

    /** Page 42's count of each reaction equals how many clients ended with it on. */
    private static void assertCountsAreTheClientsStates(AoReactions reactions, List<String> set, List<Future<boolean[]>> clients)
            throws Exception {
        int[] expected = new int[set.size()];
        for (Future<boolean[]> result : clients) {
            boolean[] state = result.get();
            for (int r = 0; r < set.size(); r++) {
                expected[r] += state[r] ? 1 : 0;
            }
        }
        Map<String, Integer> counts = reactions.counts(List.of("42")).getOrDefault("42", Map.of());
        for (int r = 0; r < set.size(); r++) {
            assertEquals(expected[r], counts.getOrDefault(set.get(r), 0), "count of " + set.get(r));
        }
    }
}
