package app.hallway.leaders.scoring;

import static app.hallway.leaders.scoring.EndorsementGraphTest.rollup;
import static app.hallway.leaders.scoring.InteractionKind.COMMENT;
import static app.hallway.leaders.scoring.InteractionKind.LIKE;
import static app.hallway.leaders.scoring.InteractionKind.MENTION;
import static app.hallway.leaders.scoring.InteractionKind.VIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeaderRankExplanationsTest {

    @Test
    void contributionsByKindAndBaselineAddUpToEveryScore() {
        EndorsementGraph endorsements = EndorsementGraph.of(300, randomRollups(300, 4_000, 5));
        WeightedLeaderRank leaderRank = new WeightedLeaderRank(endorsements.graph());
        LeaderRankExplanations explanations = new LeaderRankExplanations(endorsements, leaderRank);

        for (int person = 0; person < 300; person++) {
            ScoreExplanation explanation = explanations.explain(person);
            assertEquals(leaderRank.scores().score(person), explanation.score());
            assertEquals(explanation.score(), explanation.sumOfParts(), 1e-9, "person " + person);
        }
    }

    @Test
    void contributionsAddUpAlsoWhereTheWalkWasIteratedLazily() {
        EndorsementGraph endorsements = EndorsementGraph.of(4, List.of(
                rollup(1, 0, COMMENT, 2), rollup(2, 0, LIKE, 1), rollup(3, 0, VIEW, 30)));
        LeaderRankExplanations explanations = new LeaderRankExplanations(
                endorsements, new WeightedLeaderRank(endorsements.graph()));

        for (int person = 0; person < 4; person++) {
            ScoreExplanation explanation = explanations.explain(person);
            assertEquals(explanation.score(), explanation.sumOfParts(), 1e-9, "person " + person);
        }
        assertEquals(Set.of(COMMENT, LIKE, VIEW), explanations.explain(0).byKind().keySet());
    }

    @Test
    void anEndorserContributesTheirWalkScoreTimesTheirShareOfWeight() {
        // 0 → 1 → 2 → 0 and 3 → 1. Nobody endorses 3, so 3's walk score is 0 and its score is the
        // ground's even hand-back alone: s_j = S_j - S_3 is the walk score of j. 3's view still
        // counts towards 1's in-strength, and with it the ground's flow to 1, in the baseline.
        EndorsementGraph endorsements = EndorsementGraph.of(4, List.of(
                rollup(0, 1, COMMENT, 1), rollup(1, 2, LIKE, 3), rollup(2, 0, MENTION, 1), rollup(3, 1, VIEW, 1)));
        WeightedLeaderRank leaderRank = new WeightedLeaderRank(endorsements.graph());
        NodeScores scores = leaderRank.scores();
        WeightedDigraph graph = endorsements.graph();

        double walkScoreOf0 = scores.score(0) - scores.score(3);
        double expected = walkScoreOf0 * graph.weight(0, 1) / (graph.outStrength(0) + 1);
        ScoreExplanation explanation = new LeaderRankExplanations(endorsements, leaderRank).explain(1);

        assertEquals(expected, explanation.contribution(COMMENT), 1e-9);
        assertEquals(Set.of(COMMENT), explanation.byKind().keySet());
        assertEquals(2, explanation.distinctEndorsers());
        assertEquals(scores.score(1), explanation.sumOfParts(), 1e-9);
    }

    @Test
    void aPersonNobodyEndorsesHasOnlyTheBaseline() {
        // Newcomer 34 comments on the instructor's page; nobody has engaged with the newcomer yet.
        List<InteractionRollup> rollups = new ArrayList<>(EndorsementGraphTest.karateComments());
        rollups.add(rollup(34, 0, COMMENT, 1));
        EndorsementGraph endorsements = EndorsementGraph.of(35, rollups);
        WeightedLeaderRank leaderRank = new WeightedLeaderRank(endorsements.graph());

        ScoreExplanation newcomer = new LeaderRankExplanations(endorsements, leaderRank).explain(34);

        assertTrue(newcomer.byKind().isEmpty());
        assertTrue(newcomer.baseline() > 0);
        assertEquals(newcomer.score(), newcomer.baseline(), 1e-12);
        assertEquals(0, newcomer.distinctEndorsers());
    }

    @Test
    void refusesScoresComputedOnAnotherGraph() {
        EndorsementGraph endorsements = EndorsementGraph.of(34, EndorsementGraphTest.karateComments());
        WeightedLeaderRank elsewhere = new WeightedLeaderRank(Network.karate().bothWays());

        assertThrows(IllegalArgumentException.class, () -> new LeaderRankExplanations(endorsements, elsewhere));
    }

    static List<InteractionRollup> randomRollups(int people, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InteractionKind[] kinds = InteractionKind.values();
        List<InteractionRollup> rollups = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            // Squaring skews who gets endorsed, so that scores spread out as in a real company.
            int endorsed = (int) (people * Math.pow(random.nextDouble(), 2));
            rollups.add(rollup(random.nextInt(people), endorsed, kinds[random.nextInt(kinds.length)],
                    random.nextDouble(0.01, 20)));
        }
        return rollups;
    }
}
