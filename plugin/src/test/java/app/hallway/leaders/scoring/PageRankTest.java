package app.hallway.leaders.scoring;

import app.hallway.leaders.bench.JGraphTCopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

class PageRankTest {

    @Test
    void agreesWithJGraphTOnAWeightedGraphWithDanglingNodes() {
        WeightedDigraph graph = WeightedLeaderRankTest.randomGraph(60, 0.05, 3);
        Map<Integer, Double> expected = new org.jgrapht.alg.scoring.PageRank<>(asJGraphT(graph), 0.85, 10_000, 1e-14)
                .getScores();

        NodeScores actual = new PageRank(graph, 0.85, 1e-14, 10_000).scores();

        assertTrue(hasDanglingNode(graph), "the fixture must exercise dangling nodes");
        for (int node = 0; node < graph.nodeCount(); node++) {
            assertEquals(expected.get(node), actual.score(node), 1e-12, "node " + node);
        }
    }

    @Test
    void scoresAddUpToOne() {
        NodeScores scores = new PageRank(Network.lesMiserables().bothWays()).scores();

        assertEquals(1, scores.stream().sum(), 1e-12);
        assertTrue(scores.converged());
    }

    @Test
    void rejectsBadArguments() {
        WeightedDigraph graph = Network.karate().bothWays();

        assertThrows(IllegalArgumentException.class, () -> new PageRank(graph, 1.1, 1e-10, 100));
        assertThrows(IllegalArgumentException.class, () -> new PageRank(graph, -0.1, 1e-10, 100));
        assertThrows(IllegalArgumentException.class, () -> new PageRank(graph, 0.85, -1e-10, 100));
        assertThrows(IllegalArgumentException.class, () -> new PageRank(graph, 0.85, 1e-10, 0));
        assertThrows(NullPointerException.class, () -> new PageRank(null));
    }

    private static boolean hasDanglingNode(WeightedDigraph graph) {
        for (int node = 0; node < graph.nodeCount(); node++) {
            if (graph.outDegree(node) == 0) {
                return true;
            }
        }
        return false;
    }

    static SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> asJGraphT(WeightedDigraph graph) {
        return JGraphTCopy.of(graph);
    }
}
