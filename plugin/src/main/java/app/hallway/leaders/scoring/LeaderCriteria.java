package app.hallway.leaders.scoring;

/**
 * The thresholds of the leader gates besides the top-5 % band.
 *
 * @param minDistinctEndorsers fewest distinct endorsers a leader has, not negative
 * @param minEndorserDepartments fewest departments a leader's endorsers come from, not negative
 * @param resamples number of bootstrap resamples of the edges, positive
 * @param minStableShare smallest share of resamples that must put the person in the top 5 %, in [0, 1]
 * @param seed seed of the resampling, so that a report can be reproduced
 */
public record LeaderCriteria(int minDistinctEndorsers, int minEndorserDepartments, int resamples,
                             double minStableShare, long seed) {

    /** Seed of {@link #standard()}; any fixed value does (this one is the paper's volume and page). */
    public static final long STANDARD_SEED = 404_47L;

    public LeaderCriteria {
        if (minDistinctEndorsers < 0 || minEndorserDepartments < 0) {
            throw new IllegalArgumentException("minimum endorsers and departments must not be negative");
        }
        if (resamples <= 0) {
            throw new IllegalArgumentException("resamples must be positive: " + resamples);
        }
        if (!(minStableShare >= 0 && minStableShare <= 1)) {
            throw new IllegalArgumentException("stable share must be in [0, 1]: " + minStableShare);
        }
    }

    /** LEADERS.md: at least 10 endorsers from at least 3 departments, top 5 % in 80 % of 50 resamples. */
    public static LeaderCriteria standard() {
        return new LeaderCriteria(10, 3, 50, 0.8, STANDARD_SEED);
    }

    public LeaderCriteria withResamples(int count) {
        return new LeaderCriteria(minDistinctEndorsers, minEndorserDepartments, count, minStableShare, seed);
    }
}
