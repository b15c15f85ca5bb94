package app.hallway.leaders.scoring;

import static app.hallway.leaders.scoring.EndorsementGraphTest.rollup;
import static app.hallway.leaders.scoring.InteractionKind.COMMENT;
import static app.hallway.leaders.scoring.InteractionKind.REACTION;
import static app.hallway.leaders.scoring.InteractionKind.VIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A company of 200 people in 10 departments (department = person mod 10) who react to each other
 * at random, plus four people who stand out, each in one way.
 */
class LeaderGatesTest {

    private static final int PEOPLE = 200;
    /** Comments from 30 people across all departments. */
    private static final int BROADLY_ENDORSED = 0;
    /** Comments from 30 people of departments 2 and 3 only. */
    private static final int ENDORSED_BY_TWO_DEPARTMENTS = 1;
    /** Many comments from 6 people. */
    private static final int ENDORSED_BY_FEW = 2;
    /** A dozen views, and a single heavy endorsement from the broadly endorsed person. */
    private static final int LIFTED_BY_ONE_EDGE = 3;

    private final EndorsementGraph endorsements = EndorsementGraph.of(PEOPLE, company());
    private final WeightedLeaderRank leaderRank = new WeightedLeaderRank(endorsements.graph());
    private final LeaderGates gates = new LeaderGates(endorsements, leaderRank, departments(), LeaderCriteria.standard());

    @Test
    void broadStableEndorsementMakesALeader() {
        LeaderAssessment assessment = gates.assessment(BROADLY_ENDORSED);

        assertTrue(assessment.leader(), assessment.toString());
        assertEquals(30, assessment.distinctEndorsers());
        assertEquals(10, assessment.endorserDepartments());
        assertEquals(1.0, assessment.stability());
    }

    @Test
    void aHighScorerEndorsedFromOnlyTwoDepartmentsIsNotALeader() {
        LeaderAssessment assessment = gates.assessment(ENDORSED_BY_TWO_DEPARTMENTS);

        assertTrue(assessment.band() != LeaderBand.OTHER, assessment.toString());
        assertEquals(2, assessment.endorserDepartments());
        assertEquals(Set.of(LeaderGate.ENDORSER_DEPARTMENTS), assessment.failedGates());
    }

    @Test
    void aHighScorerWithFewerThanTenEndorsersIsNotALeader() {
        LeaderAssessment assessment = gates.assessment(ENDORSED_BY_FEW);

        assertTrue(assessment.band() != LeaderBand.OTHER, assessment.toString());
        assertEquals(Set.of(LeaderGate.DISTINCT_ENDORSERS), assessment.failedGates());
    }

    @Test
    void aHighScoreThatRestsOnOneEdgeIsUnstable() {
        LeaderAssessment assessment = gates.assessment(LIFTED_BY_ONE_EDGE);

        assertTrue(assessment.band() != LeaderBand.OTHER, assessment.toString());
        assertTrue(assessment.stability() < 0.8, assessment.toString());
        assertEquals(Set.of(LeaderGate.STABILITY), assessment.failedGates());
    }

    @Test
    void theLeaderListHoldsExactlyThoseWhoPassEveryGateTopBandFirst() {
        List<LeaderAssessment> leaders = gates.leaders();
        List<LeaderAssessment> passing = gates.assessments().stream().filter(a -> a.failedGates().isEmpty()).toList();

        assertTrue(leaders.stream().anyMatch(a -> a.person() == BROADLY_ENDORSED));
        assertTrue(leaders.stream().noneMatch(a -> Set.of(ENDORSED_BY_TWO_DEPARTMENTS, ENDORSED_BY_FEW,
                LIFTED_BY_ONE_EDGE).contains(a.person())));
        assertEquals(Set.copyOf(passing), Set.copyOf(leaders));
        assertEquals(leaders.stream().sorted(Comparator.comparing(LeaderAssessment::band)
                .thenComparingInt(LeaderAssessment::person)).toList(), leaders);
    }

    @Test
    void everyoneOutsideTheTopFivePercentFailsTheScoreGate() {
        assertTrue(gates.assessments().stream()
                .filter(assessment -> assessment.band() == LeaderBand.OTHER)
                .allMatch(assessment -> assessment.failedGates().contains(LeaderGate.TOP_SCORE)));
    }

    @Test
    void bandsCoverTheTopOneAndFivePercent() {
        long top1 = gates.assessments().stream().filter(a -> a.band() == LeaderBand.TOP_1).count();
        long top5 = gates.assessments().stream().filter(a -> a.band() == LeaderBand.TOP_5).count();

        assertEquals(2, top1);
        assertEquals(8, top5);
    }

    @Test
    void peopleWhoAreNotRankedTakeNoPlaceInTheBandsButTheirEndorsementsStillCount() {
        boolean[] ranked = new boolean[PEOPLE];
        Arrays.fill(ranked, true);
        ranked[BROADLY_ENDORSED] = false;

        LeaderGates masked = new LeaderGates(endorsements, leaderRank, departments(), LeaderCriteria.standard().withResamples(20),
                1, finished -> { }, ranked);

        LeaderAssessment unranked = masked.assessment(BROADLY_ENDORSED);
        assertEquals(LeaderBand.OTHER, unranked.band());
        assertEquals(0.0, unranked.stability(), "never in any resample's top 5 % either");
        assertFalse(unranked.leader());
        assertEquals(gates.assessment(LIFTED_BY_ONE_EDGE).distinctEndorsers(), masked.assessment(LIFTED_BY_ONE_EDGE).distinctEndorsers(),
                "the unranked person's endorsement still counts");
        assertEquals(2, masked.assessments().stream().filter(a -> a.band() == LeaderBand.TOP_1).count(), "1 % of 199 ranked");
        assertEquals(10, masked.assessments().stream().filter(a -> a.band() != LeaderBand.OTHER).count(), "5 % of 199 ranked");
    }

    @Test
    void tiedPeopleShareABand() {
        EndorsementGraph nobodyEngages = EndorsementGraph.of(50, List.of());
        LeaderGates tied = new LeaderGates(nobodyEngages, new WeightedLeaderRank(nobodyEngages.graph()),
                new int[50], LeaderCriteria.standard().withResamples(2));

        assertTrue(tied.assessments().stream().allMatch(a -> a.band() == LeaderBand.TOP_1));
        assertTrue(tied.leaders().isEmpty(), "nobody has endorsers");
    }

    @Test
    void assessmentsReportBandsNotScores() {
        assertFalse(Arrays.stream(LeaderAssessment.class.getRecordComponents())
                .anyMatch(component -> component.getName().toLowerCase().contains("score")));
    }

    @Test
    void isReproducibleForAGivenSeed() {
        LeaderGates again = new LeaderGates(endorsements, leaderRank, departments(), LeaderCriteria.standard());

        assertEquals(gates.assessments(), again.assessments());
    }

    @Test
    void resamplingInParallelGivesTheSameAssessmentsAndReportsEveryResample() {
        java.util.concurrent.atomic.AtomicInteger reported = new java.util.concurrent.atomic.AtomicInteger();
        LeaderGates parallel = new LeaderGates(endorsements, leaderRank, departments(), LeaderCriteria.standard(), 3,
                finished -> reported.accumulateAndGet(finished, Math::max));

        assertEquals(gates.assessments(), parallel.assessments());
        assertEquals(LeaderCriteria.standard().resamples(), reported.get());
    }

    @Test
    void rejectsDepartmentsThatDoNotFitTheDirectory() {
        LeaderCriteria criteria = LeaderCriteria.standard();

        assertThrows(IllegalArgumentException.class, () -> new LeaderGates(endorsements, leaderRank, new int[PEOPLE - 1], criteria));
        int[] negative = departments();
        negative[7] = -1;
        assertThrows(IllegalArgumentException.class, () -> new LeaderGates(endorsements, leaderRank, negative, criteria));
        WeightedLeaderRank elsewhere = new WeightedLeaderRank(Network.karate().bothWays());
        assertThrows(IllegalArgumentException.class, () -> new LeaderGates(endorsements, elsewhere, departments(), criteria));
    }

    @Test
    void criteriaRejectImpossibleThresholds() {
        assertThrows(IllegalArgumentException.class, () -> new LeaderCriteria(-1, 3, 50, 0.8, 1));
        assertThrows(IllegalArgumentException.class, () -> new LeaderCriteria(10, 3, 0, 0.8, 1));
        assertThrows(IllegalArgumentException.class, () -> new LeaderCriteria(10, 3, 50, 1.2, 1));
        assertThrows(IllegalArgumentException.class, () -> new LeaderCriteria(10, 3, 50, Double.NaN, 1));
    }

    private static int[] departments() {
        int[] departments = new int[PEOPLE];
        Arrays.setAll(departments, person -> person % 10);
        return departments;
    }

    private static List<InteractionRollup> company() {
        List<InteractionRollup> rollups = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(2024);
        for (int person = 10; person < PEOPLE; person++) {
            for (int k = 0; k < 3; k++) {
                rollups.add(rollup(person, 10 + random.nextInt(PEOPLE - 10), REACTION, 1));
            }
        }
        for (int endorser = 20; endorser < 50; endorser++) {
            rollups.add(rollup(endorser, BROADLY_ENDORSED, COMMENT, 3));
        }
        for (int endorser = 52; endorser < 200 && countFrom(rollups, ENDORSED_BY_TWO_DEPARTMENTS) < 30; endorser += 10) {
            rollups.add(rollup(endorser, ENDORSED_BY_TWO_DEPARTMENTS, COMMENT, 3));
            rollups.add(rollup(endorser + 1, ENDORSED_BY_TWO_DEPARTMENTS, COMMENT, 3));
        }
        for (int endorser = 60; endorser < 66; endorser++) {
            rollups.add(rollup(endorser, ENDORSED_BY_FEW, COMMENT, 50));
        }
        for (int endorser = 100; endorser < 112; endorser++) {
            rollups.add(rollup(endorser, LIFTED_BY_ONE_EDGE, VIEW, 1));
        }
        rollups.add(rollup(BROADLY_ENDORSED, LIFTED_BY_ONE_EDGE, COMMENT, 100));
        return rollups;
    }

    private static long countFrom(List<InteractionRollup> rollups, int endorsed) {
        return rollups.stream().filter(rollup -> rollup.endorsed() == endorsed).count();
    }
}
