package app.hallway.leaders;

/**
 * The bins of the score distribution chart: a score as a multiple of the average score (LeaderRank scores add
 * up to the number of people, so the average is 1), doubling from bin to bin. Shows how concentrated influence
 * is without showing anyone's score.
 */
public final class ScoreBins {
    /** Upper edges of all bins but the last: below half the average, …, 8–16 times it, then 16 times and more. */
    static final double[] UPPER_EDGES = {0.5, 1, 2, 4, 8, 16};
    public static final int COUNT = UPPER_EDGES.length + 1;

    private ScoreBins() {
    }

    /** The bin of a score that is {@code multipleOfAverage} times the average. */
    public static int of(double multipleOfAverage) {
        for (int bin = 0; bin < UPPER_EDGES.length; bin++) {
            if (multipleOfAverage < UPPER_EDGES[bin]) {
                return bin;
            }
        }
        return UPPER_EDGES.length;
    }

    /** The lower edge of a bin as a multiple of the average (0 for the first). */
    public static double lowerEdge(int bin) {
        return bin == 0 ? 0 : UPPER_EDGES[bin - 1];
    }
}
