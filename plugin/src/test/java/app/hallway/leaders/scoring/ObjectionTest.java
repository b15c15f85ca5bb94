package app.hallway.leaders.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The right to object: an objector is left out of the numbering, so they disappear from the graph
 * with all their edges, and everyone else is scored, explained and gated as usual.
 */
class ObjectionTest {

    private static final int INSTRUCTOR = 0;
    /** Tied to the instructor alone in the karate club. */
    private static final int ONLY_FRIEND_OF_INSTRUCTOR = 11;
    private static final int ADMINISTRATOR = 33;

    private final EndorsementGraph endorsements =
            EndorsementGraph.of(33, withoutPerson(EndorsementGraphTest.karateComments(), INSTRUCTOR));
    private final WeightedLeaderRank leaderRank = new WeightedLeaderRank(endorsements.graph());

    @Test
    void theObjectorVanishesWithAllTheirEdges() {
        assertEquals(33, endorsements.peopleCount());
        assertEquals(2 * (78 - 16), endorsements.graph().edgeCount(), "the instructor had 16 ties");
    }

    @Test
    void everyoneElseIsStillScoredAndTheAdministratorLeads() {
        NodeScores scores = leaderRank.scores();

        assertTrue(scores.converged());
        assertEquals(33, scores.stream().sum(), 1e-9);
        assertTrue(scores.stream().allMatch(score -> score > 0 && Double.isFinite(score)));
        assertEquals(renumbered(ADMINISTRATOR), WeightedLeaderRankTest.topTwo(scores)[0]);
    }

    @Test
    void someoneLeftWithoutEndorsersKeepsTheBaselineAndEveryExplanationAddsUp() {
        LeaderRankExplanations explanations = new LeaderRankExplanations(endorsements, leaderRank);

        ScoreExplanation stranded = explanations.explain(renumbered(ONLY_FRIEND_OF_INSTRUCTOR));

        assertEquals(0, stranded.distinctEndorsers());
        assertEquals(stranded.score(), stranded.baseline(), 1e-12);
        for (int person = 0; person < 33; person++) {
            ScoreExplanation explanation = explanations.explain(person);
            assertEquals(explanation.score(), explanation.sumOfParts(), 1e-9);
        }
    }

    @Test
    void theGatesStillAssessEveryoneElse() {
        LeaderGates gates = new LeaderGates(endorsements, leaderRank, new int[33], LeaderCriteria.standard().withResamples(5));

        assertEquals(33, gates.assessments().size());
    }

    /** Drops every rollup the objector is part of and closes the gap in the numbering. */
    static List<InteractionRollup> withoutPerson(List<InteractionRollup> rollups, int objector) {
        List<InteractionRollup> kept = new ArrayList<>();
        for (InteractionRollup rollup : rollups) {
            if (rollup.endorser() != objector && rollup.endorsed() != objector) {
                kept.add(new InteractionRollup(renumbered(rollup.endorser(), objector),
                        renumbered(rollup.endorsed(), objector), rollup.kind(), rollup.decayedCount()));
            }
        }
        return kept;
    }

    private static int renumbered(int person) {
        return renumbered(person, INSTRUCTOR);
    }

    private static int renumbered(int person, int objector) {
        return person > objector ? person - 1 : person;
    }
}
