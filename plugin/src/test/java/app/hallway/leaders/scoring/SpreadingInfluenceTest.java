package app.hallway.leaders.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Weighted LeaderRank must predict who spreads information best, as the paper and LEADERS.md
 * report: Kendall τ-b between score and SIR spreading influence.
 *
 * <p>The algorithm runs on the plain networks, as in the literature LEADERS.md quotes: every tie is
 * two edges of weight 1 and there is no reciprocity discount. In an undirected network every tie
 * is mutual, so the discount would halve every weight alike; it would not tell rings from
 * friendships, only make the ground's links of weight 1 relatively twice as strong, which is a
 * different walk from the one whose accuracy is being checked.
 */
class SpreadingInfluenceTest {

    private static final int RUNS_PER_SEED = 1_000;
    private static final long SEED = 20_110_621L;

    @Test
    void leaderRankPredictsSpreadingInTheKarateClubBetterThanPageRank() {
        assertPredictsSpreading(Network.karate(), 0.70);
    }

    @Test
    void leaderRankPredictsSpreadingAmongLesMiserablesCharactersBetterThanPageRank() {
        assertPredictsSpreading(Network.lesMiserables(), 0.84);
    }

    @Test
    void leaderRankPredictsSpreadingAmongDolphinsBetterThanPageRank() {
        assertPredictsSpreading(Network.dolphins(), 0.80);
    }

    private static void assertPredictsSpreading(Network network, double minimumTau) {
        WeightedDigraph graph = network.bothWays();
        double beta = SirSpreading.epidemicThreshold(network.degrees());
        double[] spreading = new SirSpreading(graph, beta, RUNS_PER_SEED, SEED).influence();

        double leaderRankTau = KendallTau.tauB(new WeightedLeaderRank(graph).scores().toArray(), spreading);
        double pageRankTau = KendallTau.tauB(new PageRank(graph).scores().toArray(), spreading);

        System.out.printf("%s: beta=%.4f tau LeaderRank=%.3f PageRank=%.3f%n",
                network.name(), beta, leaderRankTau, pageRankTau);
        assertTrue(leaderRankTau >= minimumTau,
                network.name() + ": τ(LeaderRank, SIR) = " + leaderRankTau + " < " + minimumTau);
        assertTrue(leaderRankTau > pageRankTau,
                network.name() + ": τ(LeaderRank) = " + leaderRankTau + " not above τ(PageRank) = " + pageRankTau);
    }
}
