package app.hallway.leaders;

/**
 * Where a person's score fell among everyone scored in one period, coarser than a rank on purpose: the trend
 * compares standings, never raw scores. A person is in a standing when fewer than that share of people scored
 * strictly higher.
 */
public enum Standing {
    TOP_1(0.01),
    TOP_5(0.05),
    TOP_10(0.10),
    TOP_25(0.25),
    TOP_50(0.50),
    LOWER_HALF(1.0),
    /** Took part in the period, but nobody engaged with their contributions. */
    NO_ENDORSEMENTS(Double.NaN),
    /** No interactions in the period at all. */
    ABSENT(Double.NaN);

    private final double share;

    Standing(double share) {
        this.share = share;
    }

    /**
     * The standing of someone with {@code higher} of {@code people} scoring strictly higher.
     *
     * @param endorsed whether anyone endorsed them in the period
     */
    public static Standing of(int higher, int people, boolean endorsed) {
        if (!endorsed) {
            return NO_ENDORSEMENTS;
        }
        for (Standing standing : values()) {
            // The epsilon keeps 0.05 · 100 at 5 places although 0.05 is not exact in binary.
            if (!Double.isNaN(standing.share) && higher < Math.ceil(standing.share * people - 1e-9)) {
                return standing;
            }
        }
        return LOWER_HALF;
    }

    /** True for the standings that place a person among those scored (not absent, endorsed). */
    public boolean ranked() {
        return !Double.isNaN(share);
    }
}
