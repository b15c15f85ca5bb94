package app.hallway.leaders.scoring;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who endorses whom, and how much: the weighted graph {@code u → v} ("u engages with what v wrote or
 * did") of LEADERS.md, plus, for every edge, the part of its weight each {@link InteractionKind}
 * contributed, so that a score can be explained kind by kind. The parts of an edge add up to its
 * weight.
 *
 * <p>Immutable. Build with {@link #of} or an {@link EndorsementGraphBuilder}.
 */
public final class EndorsementGraph {

    /** Factor applied to both directions of a mutual pair: costs no accuracy, blunts rings. */
    public static final double RECIPROCITY_DISCOUNT = 0.5;

    private static final InteractionKind[] KINDS = InteractionKind.values();

    private final WeightedDigraph graph;
    final int[] partOffsets;
    final byte[] partKinds;
    final double[] partWeights;

    EndorsementGraph(WeightedDigraph graph, int[] partOffsets, byte[] partKinds, double[] partWeights) {
        this.graph = graph;
        this.partOffsets = partOffsets;
        this.partKinds = partKinds;
        this.partWeights = partWeights;
    }

    /**
     * Builds the graph of {@code people} people from their rollups.
     *
     * @param people number of people in the directory, numbered {@code 0..people-1}
     * @see EndorsementGraphBuilder
     */
    public static EndorsementGraph of(int people, Iterable<InteractionRollup> rollups) {
        Objects.requireNonNull(rollups, "rollups");
        int expected = rollups instanceof Collection<?> collection ? collection.size() : 16;
        EndorsementGraphBuilder builder = new EndorsementGraphBuilder(people, expected);
        for (InteractionRollup rollup : rollups) {
            builder.add(rollup);
        }
        return builder.build();
    }

    /** The weighted graph to score; edge weights are the pair weights after the reciprocity discount. */
    public WeightedDigraph graph() {
        return graph;
    }

    public int peopleCount() {
        return graph.nodeCount();
    }

    /** How many different people endorse {@code person}: the breadth co-signal. */
    public int distinctEndorsers(int person) {
        return graph.inDegree(person);
    }

    /** The weight {@code endorser → endorsed} split by kind; empty if there is no such edge. */
    public Map<InteractionKind, Double> weightByKind(int endorser, int endorsed) {
        Map<InteractionKind, Double> byKind = new EnumMap<>(InteractionKind.class);
        int edge = graph.edgeId(endorser, endorsed);
        if (edge >= 0) {
            for (int part = partOffsets[edge]; part < partOffsets[edge + 1]; part++) {
                byKind.put(KINDS[partKinds[part]], partWeights[part]);
            }
        }
        return Collections.unmodifiableMap(byKind);
    }
}
