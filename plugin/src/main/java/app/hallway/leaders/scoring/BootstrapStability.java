package app.hallway.leaders.scoring;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How often each person lands in the top share when the edges are resampled with replacement:
 * each resample draws {@code m} edges out of the {@code m} edges, an edge drawn {@code c} times
 * carries {@code c} times its weight, and weighted LeaderRank is run again on the result.
 *
 * <p>{@code O(resamples · (m + iterations · (n + m)))} time, {@code O(n + m)} extra memory.
 * Deterministic for a given seed.
 */
final class BootstrapStability {

    private final double[] shareInTop;

    BootstrapStability(WeightedLeaderRank original, double topShare, int resamples, long seed) {
        WeightedDigraph graph = original.graph();
        int n = graph.nodeCount();
        int m = graph.edgeCount();
        SplittableRandom random = new SplittableRandom(seed);
        int[] draws = new int[m];
        int[] hits = new int[n];
        for (int resample = 0; resample < resamples; resample++) {
            Arrays.fill(draws, 0);
            for (int k = 0; k < m; k++) {
                draws[random.nextInt(m)]++;
            }
            double[] weights = new double[m];
            for (int edge = 0; edge < m; edge++) {
                weights[edge] = graph.weights[edge] * draws[edge];
            }
            WeightedLeaderRank rescored = new WeightedLeaderRank(
                    graph.withWeights(weights), original.tolerance(), original.maxIterations());
            ScoreRanking ranking = new ScoreRanking(rescored.scores().values());
            for (int person = 0; person < n; person++) {
                hits[person] += ranking.inTop(person, topShare) ? 1 : 0;
            }
        }
        this.shareInTop = new double[n];
        for (int person = 0; person < n; person++) {
            shareInTop[person] = (double) hits[person] / resamples;
        }
    }

    /** Share of resamples that put {@code person} in the top share. */
    double shareInTop(int person) {
        return shareInTop[person];
    }
}
