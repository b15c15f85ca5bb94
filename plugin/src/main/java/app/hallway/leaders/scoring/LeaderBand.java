package app.hallway.leaders.scoring;

/**
 * Where a score falls, reported instead of the raw number. A person is in a band when fewer than
 * {@code ceil(share · n)} people score strictly higher, so tied people share a band.
 */
public enum LeaderBand {
    /** Top 1 % of scores. */
    TOP_1(0.01),
    /** Top 5 % of scores but not the top 1 %. */
    TOP_5(0.05),
    /** Everyone else. */
    OTHER(1.0);

    private final double share;

    LeaderBand(double share) {
        this.share = share;
    }

    /** The share of people at or above this band's lower edge. */
    public double share() {
        return share;
    }
}
