package app.hallway.leaders.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * Turns interaction rollups into an {@link EndorsementGraph}, following LEADERS.md: per pair
 * {@code w(u→v) = Σ_kind weight_kind · log2(1 + decayedCount_kind)}, self-interactions dropped,
 * both directions of a mutual pair multiplied by {@link EndorsementGraph#RECIPROCITY_DISCOUNT}.
 * Two rollups of the same pair and kind are added up before saturating, so splitting a rollup
 * cannot inflate a weight.
 *
 * <p>{@code O(n + r + m log d)} for {@code r} rollups, {@code m} pairs and largest out-degree
 * {@code d}; {@code 17} bytes per rollup until built. Not thread-safe.
 */
public final class EndorsementGraphBuilder {

    private static final InteractionKind[] KINDS = InteractionKind.values();
    private static final double LN_2 = Math.log(2);

    private final int people;
    private int[] endorsers;
    private int[] endorseds;
    private byte[] kinds;
    private double[] counts;
    private int size;

    /** @param people number of people in the directory, numbered {@code 0..people-1} */
    public EndorsementGraphBuilder(int people) {
        this(people, 16);
    }

    /**
     * @param people number of people in the directory, numbered {@code 0..people-1}
     * @param expectedRollups how many rollups will be added; sizing for them up front saves copying
     */
    public EndorsementGraphBuilder(int people, int expectedRollups) {
        if (people < 0 || expectedRollups < 0) {
            throw new IllegalArgumentException("people and expected rollups must not be negative");
        }
        this.people = people;
        int capacity = Math.max(16, expectedRollups);
        this.endorsers = new int[capacity];
        this.endorseds = new int[capacity];
        this.kinds = new byte[capacity];
        this.counts = new double[capacity];
    }

    public EndorsementGraphBuilder add(InteractionRollup rollup) {
        return add(rollup.endorser(), rollup.endorsed(), rollup.kind(), rollup.decayedCount());
    }

    /**
     * Adds one rollup. Self-interactions and zero counts are dropped here: they count nothing.
     *
     * @throws IllegalArgumentException for a person outside the directory or a count that is
     *         negative or not finite
     */
    public EndorsementGraphBuilder add(int endorser, int endorsed, InteractionKind kind, double decayedCount) {
        checkPerson(endorser);
        checkPerson(endorsed);
        Objects.requireNonNull(kind, "kind");
        if (!(decayedCount >= 0) || Double.isInfinite(decayedCount)) {
            throw new IllegalArgumentException("decayed count must be finite and not negative: " + decayedCount);
        }
        if (endorser == endorsed || decayedCount == 0) {
            return this;
        }
        if (size == endorsers.length) {
            grow();
        }
        endorsers[size] = endorser;
        endorseds[size] = endorsed;
        kinds[size] = (byte) kind.ordinal();
        counts[size] = decayedCount;
        size++;
        return this;
    }

    public EndorsementGraph build() {
        int[] order = SourceTargetOrder.of(endorsers, endorseds, size, people);
        Pairs pairs = new Pairs(people, size);
        double[] countByKind = new double[KINDS.length];
        for (int k = 0; k < size; ) {
            int endorser = endorsers[order[k]];
            int endorsed = endorseds[order[k]];
            for (; k < size && endorsers[order[k]] == endorser && endorseds[order[k]] == endorsed; k++) {
                countByKind[kinds[order[k]]] += counts[order[k]];
            }
            pairs.add(endorser, endorsed, countByKind);
        }
        return pairs.discountMutualAndFreeze();
    }

    private void grow() {
        int capacity = size + (size >> 1);
        endorsers = Arrays.copyOf(endorsers, capacity);
        endorseds = Arrays.copyOf(endorseds, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        counts = Arrays.copyOf(counts, capacity);
    }

    private void checkPerson(int person) {
        if (person < 0 || person >= people) {
            throw new IllegalArgumentException("person " + person + " is not in the directory 0.." + (people - 1));
        }
    }

    /** Pairs arriving in (endorser, endorsed) order, with their saturated per-kind parts. */
    private static final class Pairs {
        private final int people;
        private final int[] outOffsets;
        private final int[] targets;
        private final double[] weights;
        private final int[] partOffsets;
        private final byte[] partKinds;
        private final double[] partWeights;
        private int pairs;
        private int parts;

        Pairs(int people, int capacity) {
            this.people = people;
            this.outOffsets = new int[people + 1];
            this.targets = new int[capacity];
            this.weights = new double[capacity];
            this.partOffsets = new int[capacity + 1];
            this.partKinds = new byte[capacity];
            this.partWeights = new double[capacity];
        }

        /** Saturates and clears {@code countByKind}; keeps the pair only if some part has weight. */
        void add(int endorser, int endorsed, double[] countByKind) {
            double weight = 0;
            for (int kind = 0; kind < countByKind.length; kind++) {
                if (countByKind[kind] == 0) {
                    continue;
                }
                double part = KINDS[kind].weight() * Math.log1p(countByKind[kind]) / LN_2;
                countByKind[kind] = 0;
                if (part > 0) {
                    partKinds[parts] = (byte) kind;
                    partWeights[parts++] = part;
                    weight += part;
                }
            }
            if (weight > 0) {
                targets[pairs] = endorsed;
                weights[pairs++] = weight;
                partOffsets[pairs] = parts;
                outOffsets[endorser + 1]++;
            }
        }

        EndorsementGraph discountMutualAndFreeze() {
            for (int v = 0; v < people; v++) {
                outOffsets[v + 1] += outOffsets[v];
            }
            for (int endorser = 0; endorser < people; endorser++) {
                for (int edge = outOffsets[endorser]; edge < outOffsets[endorser + 1]; edge++) {
                    int endorsed = targets[edge];
                    if (Arrays.binarySearch(targets, outOffsets[endorsed], outOffsets[endorsed + 1], endorser) >= 0) {
                        discount(edge);
                    }
                }
            }
            WeightedDigraph graph = new WeightedDigraph(people, outOffsets,
                    Arrays.copyOf(targets, pairs), Arrays.copyOf(weights, pairs));
            return new EndorsementGraph(graph, Arrays.copyOf(partOffsets, pairs + 1),
                    Arrays.copyOf(partKinds, parts), Arrays.copyOf(partWeights, parts));
        }

        /** Multiplying by 0.5 is exact in binary, so the parts still add up to the weight. */
        private void discount(int edge) {
            weights[edge] *= EndorsementGraph.RECIPROCITY_DISCOUNT;
            for (int part = partOffsets[edge]; part < partOffsets[edge + 1]; part++) {
                partWeights[part] *= EndorsementGraph.RECIPROCITY_DISCOUNT;
            }
        }
    }
}
