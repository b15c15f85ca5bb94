package app.hallway.leaders.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * Weighted LeaderRank: the opinion-leader score of LEADERS.md.
 *
 * <p>A ground node {@code g} is linked both ways to every node. Link weights: {@code w(j → i)} is
 * the edge weight, {@code w(i → g) = 1}, and {@code w(g → i) = (k_i^in)^α} with {@code α = 1} and
 * {@code k_i^in} the in-strength of {@code i} (the in-degree on unit weights), so that the ground
 * favours nodes with many fans (Q. Li, T. Zhou, L. Lü, D. Chen, "Identifying influential spreaders
 * by weighted LeaderRank", <i>Physica A</i> 404 (2014) 47–55; LeaderRank: L. Lü, Y.-C. Zhang,
 * C. H. Yeung, T. Zhou, "Leaders in social networks, the Delicious case", <i>PLoS ONE</i> 6 (2011)
 * e21202). Every node starts with score 1 and the ground with 0; in each step every node hands its
 * score out along its links in proportion to their weights:
 * {@code s_i(t+1) = Σ_j s_j(t) · w(j → i) / Σ_l w(j → l)}, the sum running over the ground too.
 * Score thus flows along endorsements {@code u → v}, from the endorser to the endorsed. At
 * convergence the ground's score is handed back evenly: {@code S_i = s_i + s_g / n}. The scores
 * add up to {@code n}.
 *
 * <p>The walk stops when the L1 change of the walk's distribution (the state divided by its
 * constant total {@code n}) falls below the tolerance, so that a tolerance means the same on 34
 * people and on 100,000. When the graph has no path of length two (only "pure endorsers" pointing
 * at "pure endorsed") the plain walk has period 2 and oscillates; there the walk is iterated
 * lazily, {@code s ← (s + Pᵀs) / 2}, which has the same fixed point.
 *
 * <p>Cost: {@code O(n + m)} time per iteration, {@code O(n)} extra memory, primitive arrays only.
 * The constructor validates its arguments and computes the scores once; instances are immutable.
 */
public final class WeightedLeaderRank {

    public static final double DEFAULT_TOLERANCE = 1e-10;
    public static final int DEFAULT_MAX_ITERATIONS = 10_000;

    private final WeightedDigraph graph;
    private final double tolerance;
    private final int maxIterations;
    private final GroundedWalk walk;
    private final NodeScores scores;
    /** The walk state fed into the last plain step, ground last: what {@link LeaderRankExplanations} replays. */
    private final double[] lastInput;
    private final double finalGroundScore;

    /** Scores with tolerance {@value #DEFAULT_TOLERANCE} and at most {@value #DEFAULT_MAX_ITERATIONS} iterations. */
    public WeightedLeaderRank(WeightedDigraph graph) {
        this(graph, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * @param graph the endorsement graph, edges pointing from endorser to endorsed
     * @param tolerance positive and finite: stop when the L1 change of the walk's distribution is below it
     * @param maxIterations positive: stop after this many iterations even without convergence,
     *        reported by {@link NodeScores#converged()}
     */
    public WeightedLeaderRank(WeightedDigraph graph, double tolerance, int maxIterations) {
        this(graph, tolerance, maxIterations, null);
    }

    /**
     * Starts the walk from {@code start} (ground last, adding up to {@code n}) instead of all ones. The
     * walk has one fixed point for a given total, so the scores are the same to the tolerance; starting
     * near it, as the bootstrap does from the original scores, saves iterations.
     */
    WeightedLeaderRank(WeightedDigraph graph, double tolerance, int maxIterations, double[] start) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive and finite: " + tolerance);
        }
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maximum iterations must be positive: " + maxIterations);
        }
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.walk = new GroundedWalk(graph);
        int n = graph.nodeCount();
        if (start != null && start.length != n + 1) {
            throw new IllegalArgumentException("a start state has one entry per node and the ground");
        }
        Outcome outcome = iterate(n, start);
        this.lastInput = outcome.lastInput();
        this.finalGroundScore = outcome.lastOutput()[n];
        double groundShare = n == 0 ? 0 : finalGroundScore / n;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = outcome.lastOutput()[i] + groundShare;
        }
        this.scores = new NodeScores(result, outcome.iterations(), outcome.converged());
    }

    /** The last step's input and output (ground last): {@code lastOutput = Pᵀ lastInput} exactly. */
    private record Outcome(double[] lastInput, double[] lastOutput, int iterations, boolean converged) {
    }

    private Outcome iterate(int n, double[] start) {
        double[] state = new double[n + 1];
        double[] next = new double[n + 1];
        double[] shares = new double[n];
        if (start == null) {
            Arrays.fill(state, 0, n, 1.0);
        } else {
            System.arraycopy(start, 0, state, 0, n + 1);
        }
        int iterations = 0;
        boolean converged = n == 0;
        while (!converged && iterations < maxIterations) {
            double change = advance(state, next, shares);
            double[] previous = state;
            state = next;
            next = previous;
            iterations++;
            converged = change / n < tolerance;
        }
        if (walk.periodic() || iterations == 0) {
            // The last step was lazy (or none was taken): one plain step from the converged state
            // moves it by less than the tolerance and gives the explanation an exact step to replay.
            walk.step(state, next, shares);
            return new Outcome(state, next, iterations, converged);
        }
        return new Outcome(next, state, iterations, converged);
    }

    /** One (lazy, where needed) step from {@code from} into {@code to}; returns the L1 change. */
    private double advance(double[] from, double[] to, double[] shares) {
        walk.step(from, to, shares);
        boolean lazy = walk.periodic();
        double change = 0;
        for (int k = 0; k < to.length; k++) {
            if (lazy) {
                to[k] = 0.5 * (from[k] + to[k]);
            }
            change += Math.abs(to[k] - from[k]);
        }
        return change;
    }

    /** The scores, one per node, adding up to the number of nodes. */
    public NodeScores scores() {
        return scores;
    }

    public WeightedDigraph graph() {
        return graph;
    }

    public double tolerance() {
        return tolerance;
    }

    public int maxIterations() {
        return maxIterations;
    }

    GroundedWalk walk() {
        return walk;
    }

    /** The walk state before the last step, ground last: a state close to the fixed point. */
    double[] lastInputCopy() {
        return lastInput.clone();
    }

    /** Score of {@code node} (the ground at index n) before the last step; read-only. */
    double lastInput(int node) {
        return lastInput[node];
    }

    /** The ground's score after the last step, before it is handed back evenly. */
    double finalGroundScore() {
        return finalGroundScore;
    }
}
