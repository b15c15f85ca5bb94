package app.hallway.leaders.scoring;

import java.util.Arrays;

/**
 * Collects weighted edges and compacts them into a {@link WeightedDigraph}. Self-loops are ignored
 * (nobody endorses themselves) and parallel edges are merged by summing their weights. Building
 * costs {@code O(n + m)} time; the builder holds {@code 16} bytes per added edge until then.
 *
 * <p>Not thread-safe; use one builder per graph.
 */
public final class WeightedDigraphBuilder {

    private final int nodeCount;
    private int[] sources = new int[16];
    private int[] targets = new int[16];
    private double[] weights = new double[16];
    private int size;

    /** @param nodeCount number of nodes, named {@code 0..nodeCount-1} */
    public WeightedDigraphBuilder(int nodeCount) {
        if (nodeCount < 0) {
            throw new IllegalArgumentException("node count must not be negative: " + nodeCount);
        }
        this.nodeCount = nodeCount;
    }

    /**
     * Adds {@code source → target} with the given weight, or adds the weight to an edge already
     * added between the same ordered pair.
     *
     * @param weight positive and finite
     * @return this builder
     */
    public WeightedDigraphBuilder addEdge(int source, int target, double weight) {
        checkNode(source);
        checkNode(target);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("edge weight must be positive and finite: " + weight);
        }
        if (source == target) {
            return this;
        }
        if (size == sources.length) {
            int capacity = Math.max(16, size + (size >> 1));
            sources = Arrays.copyOf(sources, capacity);
            targets = Arrays.copyOf(targets, capacity);
            weights = Arrays.copyOf(weights, capacity);
        }
        sources[size] = source;
        targets[size] = target;
        weights[size] = weight;
        size++;
        return this;
    }

    /** Compacts the edges added so far; the builder may be used again afterwards. */
    public WeightedDigraph build() {
        int[] order = SourceTargetOrder.of(sources, targets, size, nodeCount);
        int[] outOffsets = new int[nodeCount + 1];
        int[] edgeTargets = new int[size];
        double[] edgeWeights = new double[size];
        int edges = 0;
        for (int k = 0; k < size; k++) {
            int index = order[k];
            boolean sameAsPrevious = edges > 0 && k > 0
                    && sources[order[k - 1]] == sources[index] && edgeTargets[edges - 1] == targets[index];
            if (sameAsPrevious) {
                edgeWeights[edges - 1] += weights[index];
            } else {
                edgeTargets[edges] = targets[index];
                edgeWeights[edges] = weights[index];
                outOffsets[sources[index] + 1]++;
                edges++;
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            outOffsets[v + 1] += outOffsets[v];
        }
        return new WeightedDigraph(nodeCount, outOffsets,
                Arrays.copyOf(edgeTargets, edges), Arrays.copyOf(edgeWeights, edges));
    }

    private void checkNode(int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IllegalArgumentException("node " + node + " is not in 0.." + (nodeCount - 1));
        }
    }
}
