package app.hallway.leaders.scoring;

import static app.hallway.leaders.scoring.InteractionKind.COMMENT;
import static app.hallway.leaders.scoring.InteractionKind.EDIT;
import static app.hallway.leaders.scoring.InteractionKind.KUDOS;
import static app.hallway.leaders.scoring.InteractionKind.LIKE;
import static app.hallway.leaders.scoring.InteractionKind.MENTION;
import static app.hallway.leaders.scoring.InteractionKind.REACTION;
import static app.hallway.leaders.scoring.InteractionKind.VIEW;
import static app.hallway.leaders.scoring.InteractionKind.VOTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndorsementGraphTest {

    @Test
    void startingWeightsFollowTheMethod() {
        assertEquals(3, COMMENT.weight());
        assertEquals(2, MENTION.weight());
        for (InteractionKind kind : List.of(REACTION, LIKE, VOTE, KUDOS, EDIT)) {
            assertEquals(1, kind.weight(), kind.name());
        }
        assertEquals(0.05, VIEW.weight());
    }

    @Test
    void pairWeightSumsKindWeightTimesLog2OfOnePlusDecayedCount() {
        EndorsementGraph graph = EndorsementGraph.of(2, List.of(
                rollup(0, 1, COMMENT, 3), rollup(0, 1, VIEW, 1), rollup(0, 1, MENTION, 0.5)));

        double expected = 3 * 2 + 0.05 * 1 + 2 * log2(1.5);
        assertEquals(expected, graph.graph().weight(0, 1), 1e-12);
        assertSameWeights(Map.of(COMMENT, 6.0, VIEW, 0.05, MENTION, 2 * log2(1.5)), graph.weightByKind(0, 1));
    }

    @Test
    void rollupsOfTheSameKindAreAddedBeforeSaturating() {
        EndorsementGraph graph = EndorsementGraph.of(2, List.of(rollup(0, 1, LIKE, 1), rollup(0, 1, LIKE, 1)));

        assertEquals(log2(3), graph.graph().weight(0, 1), 1e-12);
    }

    @Test
    void zeroCountsAddNoEdge() {
        EndorsementGraph graph = EndorsementGraph.of(2, List.of(rollup(0, 1, VIEW, 0)));

        assertEquals(0, graph.graph().edgeCount());
        assertEquals(0, graph.distinctEndorsers(1));
    }

    @Test
    void selfInteractionsChangeNothing() {
        List<InteractionRollup> rollups = karateComments();
        List<InteractionRollup> withSelf = new ArrayList<>(rollups);
        for (int person = 0; person < 34; person += 3) {
            withSelf.add(rollup(person, person, COMMENT, 40));
        }

        EndorsementGraph plain = EndorsementGraph.of(34, rollups);
        EndorsementGraph selfish = EndorsementGraph.of(34, withSelf);

        assertEquals(plain.graph().edgeCount(), selfish.graph().edgeCount());
        assertArrayEquals(new WeightedLeaderRank(plain.graph()).scores().toArray(),
                new WeightedLeaderRank(selfish.graph()).scores().toArray());
    }

    @Test
    void repeatedReactionsFromOnePersonCountFarLessThanOneFromEachOfMany() {
        // Person 0 gets 100 reactions from person 2; person 1 gets one reaction from each of 100 people.
        List<InteractionRollup> rollups = new ArrayList<>();
        rollups.add(rollup(2, 0, REACTION, 100));
        for (int endorser = 3; endorser < 103; endorser++) {
            rollups.add(rollup(endorser, 1, REACTION, 1));
        }
        EndorsementGraph graph = EndorsementGraph.of(103, rollups);
        NodeScores scores = new WeightedLeaderRank(graph.graph()).scores();

        assertEquals(log2(101), graph.graph().inStrength(0), 1e-12);
        assertEquals(100, graph.graph().inStrength(1), 1e-12);
        assertTrue(scores.score(1) > 10 * scores.score(0), "breadth must beat repetition");
    }

    @Test
    void mutualPairsAreDiscountedByHalfAndOneWayPairsAreNot() {
        EndorsementGraph graph = EndorsementGraph.of(3, List.of(
                rollup(0, 1, COMMENT, 1), rollup(0, 1, LIKE, 1), rollup(1, 0, VIEW, 1), rollup(0, 2, COMMENT, 1)));

        assertEquals(0.5 * (3 + 1), graph.graph().weight(0, 1), 1e-12);
        assertEquals(0.5 * 0.05, graph.graph().weight(1, 0), 1e-12);
        assertEquals(3, graph.graph().weight(0, 2), 1e-12);
        assertSameWeights(Map.of(COMMENT, 1.5, LIKE, 0.5), graph.weightByKind(0, 1));
    }

    @Test
    void countsDistinctEndorsersNotInteractions() {
        EndorsementGraph graph = EndorsementGraph.of(4, List.of(
                rollup(1, 0, COMMENT, 9), rollup(1, 0, LIKE, 4), rollup(2, 0, VIEW, 1), rollup(3, 1, LIKE, 1)));

        assertEquals(2, graph.distinctEndorsers(0));
        assertEquals(1, graph.distinctEndorsers(1));
    }

    @Test
    void rejectsPeopleOutsideTheDirectoryAndCountsThatAreNotFiniteAndPositive() {
        EndorsementGraphBuilder builder = new EndorsementGraphBuilder(2);

        assertThrows(IllegalArgumentException.class, () -> builder.add(0, 2, LIKE, 1));
        assertThrows(IllegalArgumentException.class, () -> builder.add(0, 1, LIKE, -1));
        assertThrows(IllegalArgumentException.class, () -> builder.add(0, 1, LIKE, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> builder.add(0, 1, LIKE, Double.POSITIVE_INFINITY));
        assertThrows(NullPointerException.class, () -> builder.add(0, 1, null, 1));
        assertThrows(IllegalArgumentException.class, () -> rollup(-1, 0, LIKE, 1));
        assertThrows(IllegalArgumentException.class, () -> rollup(0, 1, LIKE, -0.5));
    }

    /** Karate-club ties as one comment each way. */
    static List<InteractionRollup> karateComments() {
        List<InteractionRollup> rollups = new ArrayList<>();
        for (int[] tie : Network.karate().ties()) {
            rollups.add(rollup(tie[0], tie[1], COMMENT, 1));
            rollups.add(rollup(tie[1], tie[0], COMMENT, 1));
        }
        return rollups;
    }

    static InteractionRollup rollup(int endorser, int endorsed, InteractionKind kind, double decayedCount) {
        return new InteractionRollup(endorser, endorsed, kind, decayedCount);
    }

    private static void assertSameWeights(Map<InteractionKind, Double> expected, Map<InteractionKind, Double> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((kind, weight) -> assertEquals(weight, actual.get(kind), 1e-12, kind.name()));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
