package app.hallway.leaders.scoring;

import java.util.Arrays;

/**
 * An immutable directed graph with {@code double} edge weights over nodes {@code 0..n-1}, stored as
 * compressed sparse rows in both directions so that a random walk can pull along in-edges without
 * boxing or hashing.
 *
 * <p>Edges are numbered {@code 0..m-1} in (source, target) order: the out-edges of {@code v} are the
 * edge ids {@code outEdgesStart(v) .. outEdgesEnd(v) - 1}, sorted by target. The in-edges of
 * {@code v} are the positions {@code inEdgesStart(v) .. inEdgesEnd(v) - 1}, sorted by source; each
 * position names its source and its edge id, so per-edge data kept elsewhere (by edge id) can be
 * reached from either side. There are no self-loops and at most one edge per ordered pair.
 *
 * <p>Memory: {@code 28 m + 24 n} bytes. Build one with {@link WeightedDigraphBuilder}.
 */
public final class WeightedDigraph {

    final int nodeCount;
    final int[] outOffsets;
    final int[] targets;
    final double[] weights;
    final int[] inOffsets;
    final int[] sources;
    final int[] inEdgeIds;
    final double[] inWeights;
    final double[] outStrength;
    final double[] inStrength;

    /** Takes ownership of the out-edge arrays, which must be sorted and free of loops and duplicates. */
    WeightedDigraph(int nodeCount, int[] outOffsets, int[] targets, double[] weights) {
        this.nodeCount = nodeCount;
        this.outOffsets = outOffsets;
        this.targets = targets;
        this.weights = weights;
        this.inOffsets = new int[nodeCount + 1];
        for (int target : targets) {
            inOffsets[target + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            inOffsets[v + 1] += inOffsets[v];
        }
        this.sources = new int[targets.length];
        this.inEdgeIds = new int[targets.length];
        int[] next = Arrays.copyOf(inOffsets, nodeCount);
        // Visiting edges in id order, i.e. by source, leaves each in-list sorted by source.
        for (int source = 0; source < nodeCount; source++) {
            for (int edge = outOffsets[source]; edge < outOffsets[source + 1]; edge++) {
                int position = next[targets[edge]]++;
                sources[position] = source;
                inEdgeIds[position] = edge;
            }
        }
        this.inWeights = new double[targets.length];
        this.outStrength = new double[nodeCount];
        this.inStrength = new double[nodeCount];
        fillWeightViews();
    }

    private WeightedDigraph(WeightedDigraph structure, double[] weights, double[] inWeights, double[] outStrength,
                            double[] inStrength) {
        this.nodeCount = structure.nodeCount;
        this.outOffsets = structure.outOffsets;
        this.targets = structure.targets;
        this.weights = weights;
        this.inOffsets = structure.inOffsets;
        this.sources = structure.sources;
        this.inEdgeIds = structure.inEdgeIds;
        this.inWeights = inWeights;
        this.outStrength = outStrength;
        this.inStrength = inStrength;
        fillWeightViews();
    }

    private void fillWeightViews() {
        for (int position = 0; position < inWeights.length; position++) {
            inWeights[position] = weights[inEdgeIds[position]];
        }
        for (int v = 0; v < nodeCount; v++) {
            double out = 0;
            for (int edge = outOffsets[v]; edge < outOffsets[v + 1]; edge++) {
                out += weights[edge];
            }
            outStrength[v] = out;
            double in = 0;
            for (int position = inOffsets[v]; position < inOffsets[v + 1]; position++) {
                in += inWeights[position];
            }
            inStrength[v] = in;
        }
    }

    /**
     * The same nodes and edges with other weights, sharing the structure arrays. Used by the
     * bootstrap, where an edge drawn zero times keeps its slot with weight 0: a zero-weight edge
     * moves no score, so it scores exactly like a missing edge.
     *
     * @param edgeWeights new weight per edge id, each finite and non-negative; owned from now on
     */
    WeightedDigraph withWeights(double[] edgeWeights) {
        if (edgeWeights.length != targets.length) {
            throw new IllegalArgumentException("need one weight per edge");
        }
        return new WeightedDigraph(this, edgeWeights, new double[targets.length], new double[nodeCount], new double[nodeCount]);
    }

    /**
     * As {@link #withWeights}, writing the derived per-edge and per-node arrays into {@code scratch} instead of
     * allocating them: the bootstrap re-weights the same graph dozens of times, and on a large graph each set of
     * arrays is tens of megabytes. The result is valid until {@code scratch} is used again.
     */
    WeightedDigraph withWeights(double[] edgeWeights, Scratch scratch) {
        if (edgeWeights.length != targets.length || scratch.inWeights.length != targets.length
                || scratch.outStrength.length != nodeCount) {
            throw new IllegalArgumentException("need one weight per edge and scratch of this graph's size");
        }
        return new WeightedDigraph(this, edgeWeights, scratch.inWeights, scratch.outStrength, scratch.inStrength);
    }

    /** Reusable arrays for {@link #withWeights(double[], Scratch)}; one per thread. */
    static final class Scratch {
        final double[] inWeights;
        final double[] outStrength;
        final double[] inStrength;

        Scratch(WeightedDigraph graph) {
            this.inWeights = new double[graph.targets.length];
            this.outStrength = new double[graph.nodeCount];
            this.inStrength = new double[graph.nodeCount];
        }
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return targets.length;
    }

    public int outDegree(int node) {
        checkNode(node);
        return outOffsets[node + 1] - outOffsets[node];
    }

    public int inDegree(int node) {
        checkNode(node);
        return inOffsets[node + 1] - inOffsets[node];
    }

    /** Sum of the weights of the node's out-edges. */
    public double outStrength(int node) {
        checkNode(node);
        return outStrength[node];
    }

    /** Sum of the weights of the node's in-edges. */
    public double inStrength(int node) {
        checkNode(node);
        return inStrength[node];
    }

    /** First out-edge id of {@code node}. */
    public int outEdgesStart(int node) {
        checkNode(node);
        return outOffsets[node];
    }

    /** One past the last out-edge id of {@code node}. */
    public int outEdgesEnd(int node) {
        checkNode(node);
        return outOffsets[node + 1];
    }

    public int target(int edge) {
        return targets[edge];
    }

    public double weight(int edge) {
        return weights[edge];
    }

    /** First in-edge position of {@code node}. */
    public int inEdgesStart(int node) {
        checkNode(node);
        return inOffsets[node];
    }

    /** One past the last in-edge position of {@code node}. */
    public int inEdgesEnd(int node) {
        checkNode(node);
        return inOffsets[node + 1];
    }

    /** Source of the in-edge at {@code position}. */
    public int inSource(int position) {
        return sources[position];
    }

    /** Edge id of the in-edge at {@code position}. */
    public int inEdgeId(int position) {
        return inEdgeIds[position];
    }

    /** The id of the edge {@code source → target}, or {@code -1}; {@code O(log outDegree)}. */
    public int edgeId(int source, int target) {
        checkNode(source);
        checkNode(target);
        int found = Arrays.binarySearch(targets, outOffsets[source], outOffsets[source + 1], target);
        return found >= 0 ? found : -1;
    }

    /** The weight of {@code source → target}, 0 when there is no such edge. */
    public double weight(int source, int target) {
        int edge = edgeId(source, target);
        return edge >= 0 ? weights[edge] : 0;
    }

    private void checkNode(int node) {
        if (node < 0 || node >= nodeCount) {
            throw new IndexOutOfBoundsException("node " + node + " is not in 0.." + (nodeCount - 1));
        }
    }
}
