package app.hallway.leaders.scoring;

import java.util.Arrays;

/**
 * Competition ranks of scores ({@code 1 +} the number of strictly higher scores, so ties share a
 * rank) and the bands they fall in, among the ranked nodes only: the others keep their place in the
 * walk but take no place in the ranking and fall in no band. {@code O(n log n)} to build,
 * {@code O(log n)} per query.
 */
final class ScoreRanking {

    private final double[] scores;
    private final boolean[] ranked;
    private final double[] ascending;

    /**
     * @param scores read, never modified
     * @param ranked which nodes take part in the ranking, one entry per node; null for all. Read, never modified
     */
    ScoreRanking(double[] scores, boolean[] ranked) {
        this.scores = scores;
        this.ranked = ranked;
        if (ranked == null) {
            this.ascending = scores.clone();
        } else {
            double[] kept = new double[scores.length];
            int count = 0;
            for (int node = 0; node < scores.length; node++) {
                if (ranked[node]) {
                    kept[count++] = scores[node];
                }
            }
            this.ascending = Arrays.copyOf(kept, count);
        }
        Arrays.sort(ascending);
    }

    boolean isRanked(int node) {
        return ranked == null || ranked[node];
    }

    /** The node's rank among the ranked nodes; meaningful for a ranked node only. */
    int rank(int node) {
        return 1 + ascending.length - firstAbove(scores[node]);
    }

    /** In the top {@code share} of ranked people: fewer than {@code ceil(share · n)} score strictly higher. */
    boolean inTop(int node, double share) {
        return isRanked(node) && rank(node) <= places(share);
    }

    LeaderBand band(int node) {
        if (inTop(node, LeaderBand.TOP_1.share())) {
            return LeaderBand.TOP_1;
        }
        return inTop(node, LeaderBand.TOP_5.share()) ? LeaderBand.TOP_5 : LeaderBand.OTHER;
    }

    /** The epsilon keeps 0.05 · 100 at 5 places although 0.05 is not exact in binary. */
    private int places(double share) {
        return (int) Math.ceil(share * ascending.length - 1e-9);
    }

    private int firstAbove(double value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
