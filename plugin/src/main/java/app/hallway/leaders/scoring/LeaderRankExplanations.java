package app.hallway.leaders.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Explains weighted LeaderRank scores by replaying the walk's last step. That step computed, for
 * every person {@code i},
 * {@code S_i = Σ_j s_j · w(j → i) / (outStrength_j + 1) + s_g · k_i^in / Σ_l k_l^in + s'_g / n},
 * with {@code s} the state it started from and {@code s'_g} the ground's score it ended with. Each
 * endorser's term is split over the kinds of interaction that make up {@code w(j → i)}; the two
 * ground terms form the baseline. Because the same step is replayed, not an approximation of the
 * fixed point, the parts add up to the reported score up to floating-point rounding.
 *
 * <p>{@code O(d_in + k)} per explanation for {@code d_in} endorsers and {@code k} kinds. Immutable.
 */
public final class LeaderRankExplanations {

    private static final InteractionKind[] KINDS = InteractionKind.values();

    private final EndorsementGraph endorsements;
    private final WeightedLeaderRank leaderRank;

    /**
     * @param endorsements the graph the scores were computed on
     * @param leaderRank scores computed on {@code endorsements.graph()}
     */
    public LeaderRankExplanations(EndorsementGraph endorsements, WeightedLeaderRank leaderRank) {
        this.endorsements = Objects.requireNonNull(endorsements, "endorsements");
        this.leaderRank = Objects.requireNonNull(leaderRank, "leaderRank");
        if (leaderRank.graph() != endorsements.graph()) {
            throw new IllegalArgumentException("the scores were computed on another graph");
        }
    }

    public ScoreExplanation explain(int person) {
        WeightedDigraph graph = endorsements.graph();
        int endorsers = graph.inDegree(person);
        GroundedWalk walk = leaderRank.walk();
        double[] byKind = new double[KINDS.length];
        for (int position = graph.inOffsets[person]; position < graph.inOffsets[person + 1]; position++) {
            int endorser = graph.sources[position];
            int edge = graph.inEdgeIds[position];
            double share = leaderRank.lastInput(endorser) * walk.unitShare(endorser);
            for (int part = endorsements.partOffsets[edge]; part < endorsements.partOffsets[edge + 1]; part++) {
                byKind[endorsements.partKinds[part]] += endorsements.partWeights[part] * share;
            }
        }
        int n = graph.nodeCount;
        double groundFlow = walk.groundPerUnitInStrength(leaderRank.lastInput(n)) * graph.inStrength[person];
        double baseline = groundFlow + leaderRank.finalGroundScore() / n;
        return new ScoreExplanation(person, leaderRank.scores().score(person), nonZero(byKind), baseline, endorsers);
    }

    private static Map<InteractionKind, Double> nonZero(double[] byKind) {
        Map<InteractionKind, Double> map = new EnumMap<>(InteractionKind.class);
        for (int kind = 0; kind < byKind.length; kind++) {
            if (byKind[kind] != 0) {
                map.put(KINDS[kind], byKind[kind]);
            }
        }
        return map;
    }
}
