package app.hallway.leaders.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * Weighted PageRank on a {@link WeightedDigraph}, for comparison with {@link WeightedLeaderRank}
 * (S. Brin, L. Page, "The anatomy of a large-scale hypertextual Web search engine", <i>Computer
 * Networks and ISDN Systems</i> 30 (1998) 107–117).
 *
 * <p>With damping {@code d}: {@code r_i ← (1 - d) / n + d · (Σ_j r_j · w(j → i) / outStrength_j
 * + D / n)}, where {@code D} is the score of the nodes without out-edges, spread evenly as JGraphT
 * does. Scores start at {@code 1/n} and add up to 1. The iteration stops when the L1 change falls
 * below the tolerance; JGraphT's {@code PageRank} stops on the largest single change, a looser test
 * for the same number.
 *
 * <p>Cost: {@code O(n + m)} time per iteration, {@code O(n)} extra memory. The constructor validates
 * its arguments and computes the scores once; instances are immutable.
 */
public final class PageRank {

    public static final double DEFAULT_DAMPING = 0.85;

    private final WeightedDigraph graph;
    private final NodeScores scores;

    /** Damping 0.85, tolerance 1e-10, at most 10,000 iterations. */
    public PageRank(WeightedDigraph graph) {
        this(graph, DEFAULT_DAMPING, WeightedLeaderRank.DEFAULT_TOLERANCE, WeightedLeaderRank.DEFAULT_MAX_ITERATIONS);
    }

    /**
     * @param damping in [0, 1]
     * @param tolerance positive and finite
     * @param maxIterations positive
     */
    public PageRank(WeightedDigraph graph, double damping, double tolerance, int maxIterations) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (!(damping >= 0 && damping <= 1)) {
            throw new IllegalArgumentException("damping must be in [0, 1]: " + damping);
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive and finite: " + tolerance);
        }
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maximum iterations must be positive: " + maxIterations);
        }
        this.scores = iterate(damping, tolerance, maxIterations);
    }

    private NodeScores iterate(double damping, double tolerance, int maxIterations) {
        int n = graph.nodeCount;
        double[] rank = new double[n];
        double[] next = new double[n];
        double[] shares = new double[n];
        Arrays.fill(rank, 1.0 / n);
        int iterations = 0;
        boolean converged = n == 0;
        while (!converged && iterations < maxIterations) {
            double change = step(rank, next, shares, damping);
            double[] previous = rank;
            rank = next;
            next = previous;
            iterations++;
            converged = change < tolerance;
        }
        return new NodeScores(rank, iterations, converged);
    }

    private double step(double[] rank, double[] next, double[] shares, double damping) {
        int n = graph.nodeCount;
        double dangling = 0;
        for (int j = 0; j < n; j++) {
            double out = graph.outStrength[j];
            shares[j] = out > 0 ? rank[j] / out : 0;
            dangling += out > 0 ? 0 : rank[j];
        }
        double base = (1 - damping) / n + damping * dangling / n;
        int[] offsets = graph.inOffsets;
        int[] sources = graph.sources;
        double[] weights = graph.inWeights;
        double change = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int position = offsets[i], end = offsets[i + 1]; position < end; position++) {
                sum += weights[position] * shares[sources[position]];
            }
            next[i] = base + damping * sum;
            change += Math.abs(next[i] - rank[i]);
        }
        return change;
    }

    /** The scores, one per node, adding up to 1. */
    public NodeScores scores() {
        return scores;
    }

    public WeightedDigraph graph() {
        return graph;
    }
}
