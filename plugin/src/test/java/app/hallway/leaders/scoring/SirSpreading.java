package app.hallway.leaders.scoring;

import java.util.SplittableRandom;

/**
 * Spreading influence of every node under the SIR model, the yardstick of Lü et al. (2011) and
 * Li et al. (2014): the mean final size of an outbreak seeded at the node. In every step each
 * infected node infects each susceptible neighbour with probability {@code β}, then recovers.
 * Information travels against endorsement edges: from {@code v} to everyone who endorses {@code v}.
 * Edge weights play no part. Deterministic for a given seed.
 *
 * <p>Cost: {@code O(runs · n · (n + m))} at most.
 */
final class SirSpreading {

    private final double[] influence;

    SirSpreading(WeightedDigraph graph, double beta, int runs, long seed) {
        if (!(beta >= 0 && beta <= 1) || runs <= 0) {
            throw new IllegalArgumentException("need β in [0, 1] and a positive number of runs");
        }
        int n = graph.nodeCount();
        SplittableRandom random = new SplittableRandom(seed);
        Outbreak outbreak = new Outbreak(graph, beta);
        this.influence = new double[n];
        for (int seedNode = 0; seedNode < n; seedNode++) {
            long total = 0;
            for (int run = 0; run < runs; run++) {
                total += outbreak.finalSize(seedNode, random);
            }
            influence[seedNode] = (double) total / runs;
        }
    }

    /** β at the epidemic threshold of the undirected network, {@code ⟨k⟩ / ⟨k²⟩}. */
    static double epidemicThreshold(int[] degrees) {
        double sum = 0;
        double sumOfSquares = 0;
        for (int degree : degrees) {
            sum += degree;
            sumOfSquares += (double) degree * degree;
        }
        return sum / sumOfSquares;
    }

    /** Mean final outbreak size (recovered nodes, the seed included) per seed node. */
    double[] influence() {
        return influence.clone();
    }

    private static final class Outbreak {
        private final WeightedDigraph graph;
        private final double beta;
        private final boolean[] reached;
        private final int[] infected;
        private final int[] newlyInfected;

        Outbreak(WeightedDigraph graph, double beta) {
            this.graph = graph;
            this.beta = beta;
            this.reached = new boolean[graph.nodeCount()];
            this.infected = new int[graph.nodeCount()];
            this.newlyInfected = new int[graph.nodeCount()];
        }

        int finalSize(int seedNode, SplittableRandom random) {
            java.util.Arrays.fill(reached, false);
            reached[seedNode] = true;
            infected[0] = seedNode;
            int infectedCount = 1;
            int size = 1;
            while (infectedCount > 0) {
                int newCount = 0;
                for (int k = 0; k < infectedCount; k++) {
                    int v = infected[k];
                    for (int p = graph.inEdgesStart(v); p < graph.inEdgesEnd(v); p++) {
                        int endorser = graph.inSource(p);
                        if (!reached[endorser] && random.nextDouble() < beta) {
                            reached[endorser] = true;
                            newlyInfected[newCount++] = endorser;
                        }
                    }
                }
                System.arraycopy(newlyInfected, 0, infected, 0, newCount);
                infectedCount = newCount;
                size += newCount;
            }
            return size;
        }
    }
}
