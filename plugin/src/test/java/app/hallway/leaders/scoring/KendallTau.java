package app.hallway.leaders.scoring;

/**
 * Kendall's τ-b rank correlation, which corrects for ties on either side (M. G. Kendall, "The
 * treatment of ties in ranking problems", <i>Biometrika</i> 33 (1945) 239–251):
 * {@code τ_b = (C - D) / sqrt((P - T_x)(P - T_y))} over the {@code P} pairs, with {@code C}
 * concordant and {@code D} discordant pairs and {@code T_x}, {@code T_y} the pairs tied in each
 * variable. {@code O(n²)}, which is fine for the published networks of a hundred nodes.
 */
final class KendallTau {

    /**
     * Scores that agree to 12 significant digits count as tied: structurally equivalent people get
     * the same score in exact arithmetic, but summation order can leave them an ulp apart.
     */
    private static final double RELATIVE_TIE = 1e-12;

    private KendallTau() {
    }

    static double tauB(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("need two equally long series of at least two values");
        }
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        long pairs = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                int sx = sign(x[i], x[j]);
                int sy = sign(y[i], y[j]);
                pairs++;
                tiedX += sx == 0 ? 1 : 0;
                tiedY += sy == 0 ? 1 : 0;
                concordant += sx * sy > 0 ? 1 : 0;
                discordant += sx * sy < 0 ? 1 : 0;
            }
        }
        return (concordant - discordant) / Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
    }

    private static int sign(double a, double b) {
        if (Math.abs(a - b) <= RELATIVE_TIE * Math.max(Math.abs(a), Math.abs(b))) {
            return 0;
        }
        return a < b ? -1 : 1;
    }
}
