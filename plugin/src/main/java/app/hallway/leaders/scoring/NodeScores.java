package app.hallway.leaders.scoring;

import java.util.Arrays;
import java.util.stream.DoubleStream;

/**
 * The unmodifiable outcome of an iterative score: one value per node, and how the iteration ended.
 */
public final class NodeScores {

    private final double[] scores;
    private final int iterations;
    private final boolean converged;

    /** Takes ownership of {@code scores}. */
    NodeScores(double[] scores, int iterations, boolean converged) {
        this.scores = scores;
        this.iterations = iterations;
        this.converged = converged;
    }

    public int nodeCount() {
        return scores.length;
    }

    public double score(int node) {
        return scores[node];
    }

    /** A copy of all scores, indexed by node. */
    public double[] toArray() {
        return scores.clone();
    }

    public DoubleStream stream() {
        return Arrays.stream(scores);
    }

    /** Number of iterations performed. */
    public int iterations() {
        return iterations;
    }

    /** False when the iteration guard stopped the computation before the tolerance was reached. */
    public boolean converged() {
        return converged;
    }

    /** Read-only access for the algorithms of this package, which must not modify it. */
    double[] values() {
        return scores;
    }
}
