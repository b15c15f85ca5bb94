package app.hallway.leaders.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WeightedLeaderRankTest {

    @Test
    void karateInstructorAndAdministratorRankFirstAndSecond() {
        NodeScores scores = new WeightedLeaderRank(Network.karate().bothWays()).scores();

        assertEquals(Set.of(0, 33), Set.of(topTwo(scores)));
    }

    @Test
    void matchesTheDefinitionIteratedOnADenseMatrix() {
        WeightedDigraph graph = randomGraph(25, 0.15, 7);

        double[] expected = DenseLeaderRank.scores(graph);
        double[] actual = new WeightedLeaderRank(graph).scores().toArray();

        assertArrayEquals(expected, actual, 1e-9);
    }

    @Test
    void scoresAddUpToTheNumberOfPeople() {
        WeightedDigraph graph = randomGraph(200, 0.03, 11);

        assertEquals(200, new WeightedLeaderRank(graph).scores().stream().sum(), 1e-9);
    }

    @Test
    void creditFlowsFromEndorserToEndorsed() {
        // Four people endorse 0, and 0 endorses 5: 0 ranks first, 5 (endorsed once) above the four.
        WeightedDigraphBuilder builder = new WeightedDigraphBuilder(6);
        IntStream.rangeClosed(1, 4).forEach(endorser -> builder.addEdge(endorser, 0, 1));
        NodeScores scores = new WeightedLeaderRank(builder.addEdge(0, 5, 1).build()).scores();

        assertEquals(0, topTwo(scores)[0]);
        assertTrue(scores.score(5) > scores.score(1));
    }

    @Test
    void convergesWhereThePlainWalkWouldOscillate() {
        // Only "pure endorsers" pointing at one "pure endorsed": the plain walk has period 2. The
        // fixed point gives the ground and person 0 half of the total 5 each, and the ground's
        // 2.5 is handed back evenly.
        WeightedDigraphBuilder builder = new WeightedDigraphBuilder(5);
        IntStream.rangeClosed(1, 4).forEach(endorser -> builder.addEdge(endorser, 0, 2));
        NodeScores scores = new WeightedLeaderRank(builder.build()).scores();

        assertTrue(scores.converged());
        assertArrayEquals(new double[] {3, 0.5, 0.5, 0.5, 0.5}, scores.toArray(), 1e-9);
    }

    @Test
    void withoutEdgesEveryoneScoresOne() {
        NodeScores scores = new WeightedLeaderRank(new WeightedDigraphBuilder(3).build()).scores();

        assertArrayEquals(new double[] {1, 1, 1}, scores.toArray(), 1e-12);
        assertTrue(scores.converged());
    }

    @Test
    void anEmptyDirectoryHasNoScores() {
        assertEquals(0, new WeightedLeaderRank(new WeightedDigraphBuilder(0).build()).scores().nodeCount());
    }

    @Test
    void reportsWhenTheIterationGuardStoppedIt() {
        WeightedDigraph graph = Network.karate().bothWays();

        NodeScores cut = new WeightedLeaderRank(graph, 1e-10, 3).scores();
        NodeScores full = new WeightedLeaderRank(graph).scores();

        assertFalse(cut.converged());
        assertEquals(3, cut.iterations());
        assertTrue(full.converged());
        assertTrue(full.iterations() > 3);
    }

    @Test
    void rejectsBadArguments() {
        WeightedDigraph graph = Network.karate().bothWays();

        assertThrows(IllegalArgumentException.class, () -> new WeightedLeaderRank(graph, -1e-10, 100));
        assertThrows(IllegalArgumentException.class, () -> new WeightedLeaderRank(graph, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new WeightedLeaderRank(graph, Double.NaN, 100));
        assertThrows(IllegalArgumentException.class, () -> new WeightedLeaderRank(graph, Double.POSITIVE_INFINITY, 100));
        assertThrows(IllegalArgumentException.class, () -> new WeightedLeaderRank(graph, 1e-10, 0));
        assertThrows(NullPointerException.class, () -> new WeightedLeaderRank(null));
    }

    static Integer[] topTwo(NodeScores scores) {
        return IntStream.range(0, scores.nodeCount()).boxed()
                .sorted((a, b) -> Double.compare(scores.score(b), scores.score(a)))
                .limit(2).toArray(Integer[]::new);
    }

    static WeightedDigraph randomGraph(int nodes, double density, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        WeightedDigraphBuilder builder = new WeightedDigraphBuilder(nodes);
        for (int u = 0; u < nodes; u++) {
            for (int v = 0; v < nodes; v++) {
                if (u != v && random.nextDouble() < density) {
                    builder.addEdge(u, v, random.nextDouble(0.1, 5));
                }
            }
        }
        return builder.build();
    }

    /** The paper's definition, spelled out on a dense (n+1)×(n+1) matrix: slow, but obviously right. */
    private static final class DenseLeaderRank {
        static double[] scores(WeightedDigraph graph) {
            int n = graph.nodeCount();
            int ground = n;
            double[][] w = new double[n + 1][n + 1];
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    w[u][v] = graph.weight(u, v);
                }
                w[u][ground] = 1;
                w[ground][u] = graph.inStrength(u);
            }
            double[] s = new double[n + 1];
            java.util.Arrays.fill(s, 0, n, 1.0);
            for (int step = 0; step < 20_000; step++) {
                double[] next = new double[n + 1];
                for (int j = 0; j <= n; j++) {
                    double out = java.util.Arrays.stream(w[j]).sum();
                    for (int i = 0; i <= n; i++) {
                        next[i] += s[j] * w[j][i] / out;
                    }
                }
                s = next;
            }
            double[] result = new double[n];
            for (int i = 0; i < n; i++) {
                result[i] = s[i] + s[ground] / n;
            }
            return result;
        }
    }
}
