package app.hallway.leaders.scoring;

/**
 * The random walk of weighted LeaderRank on a graph plus a ground node {@code g} (index {@code n} of
 * every state vector). Node {@code j} passes its score along its out-edges in proportion to their
 * weights and along a link of weight 1 to the ground; the ground passes its score to node
 * {@code i} in proportion to {@code i}'s in-strength ({@code α = 1}).
 *
 * <p>One step costs {@code O(n + m)} and allocates nothing.
 */
final class GroundedWalk {

    private final WeightedDigraph graph;
    /** {@code 1 / (outStrength_j + 1)}: the share of j's score that crosses one unit of edge weight. */
    private final double[] unitShare;
    private final double totalInStrength;
    private final boolean periodic;

    GroundedWalk(WeightedDigraph graph) {
        this.graph = graph;
        this.unitShare = new double[graph.nodeCount];
        double total = 0;
        for (int j = 0; j < graph.nodeCount; j++) {
            unitShare[j] = 1 / (graph.outStrength[j] + 1);
            total += graph.inStrength[j];
        }
        this.totalInStrength = total;
        this.periodic = total > 0 && !hasPathOfLengthTwo(graph);
    }

    /**
     * The ground reaches exactly the nodes with in-strength, so the walk has cycles
     * {@code g → i → g} (length 2) and, through an edge {@code i → j} leaving such a node,
     * {@code g → i → j → g} (length 3). Without any such edge every cycle has even length, the walk
     * has period 2 and the plain iteration oscillates forever.
     */
    private static boolean hasPathOfLengthTwo(WeightedDigraph graph) {
        for (int source = 0; source < graph.nodeCount; source++) {
            if (graph.inStrength[source] > 0) {
                for (int edge = graph.outOffsets[source]; edge < graph.outOffsets[source + 1]; edge++) {
                    if (graph.weights[edge] > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when the plain walk has period 2 and must be iterated lazily to converge. */
    boolean periodic() {
        return periodic;
    }

    /**
     * One plain step: {@code to = Pᵀ from}. Uses {@code shares} ({@code n} long) as scratch.
     * The total of the state is preserved.
     */
    void step(double[] from, double[] to, double[] shares) {
        int n = graph.nodeCount;
        double toGround = 0;
        for (int j = 0; j < n; j++) {
            double share = from[j] * unitShare[j];
            shares[j] = share;
            toGround += share;
        }
        double groundPerUnitIn = groundPerUnitInStrength(from[n]);
        int[] offsets = graph.inOffsets;
        int[] sources = graph.sources;
        double[] weights = graph.inWeights;
        double[] inStrength = graph.inStrength;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int position = offsets[i], end = offsets[i + 1]; position < end; position++) {
                sum += weights[position] * shares[sources[position]];
            }
            to[i] = sum + groundPerUnitIn * inStrength[i];
        }
        // With no in-strength anywhere the ground has nowhere to send its score and keeps it.
        to[n] = totalInStrength > 0 ? toGround : toGround + from[n];
    }

    /** What the ground sends to a node per unit of the node's in-strength. */
    double groundPerUnitInStrength(double groundScore) {
        return totalInStrength > 0 ? groundScore / totalInStrength : 0;
    }

    /** The share of node {@code j}'s score that crosses one unit of edge weight. */
    double unitShare(int j) {
        return unitShare[j];
    }
}
