package app.hallway.leaders.scoring;

import java.util.Arrays;

/**
 * Competition ranks of scores ({@code 1 +} the number of strictly higher scores, so ties share a
 * rank) and the bands they fall in. {@code O(n log n)} to build, {@code O(log n)} per query.
 */
final class ScoreRanking {

    private final double[] scores;
    private final double[] ascending;

    /** @param scores read, never modified */
    ScoreRanking(double[] scores) {
        this.scores = scores;
        this.ascending = scores.clone();
        Arrays.sort(ascending);
    }

    int rank(int node) {
        return 1 + ascending.length - firstAbove(scores[node]);
    }

    /** In the top {@code share} of people: fewer than {@code ceil(share · n)} score strictly higher. */
    boolean inTop(int node, double share) {
        return rank(node) <= places(share);
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
