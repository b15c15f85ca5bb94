package app.hallway.leaders.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeightedDigraphBuilderTest {

    @Test
    void ignoresSelfLoops() {
        WeightedDigraph graph = new WeightedDigraphBuilder(2).addEdge(0, 0, 5).addEdge(0, 1, 1).build();

        assertEquals(1, graph.edgeCount());
        assertEquals(-1, graph.edgeId(0, 0));
        assertEquals(1, graph.outStrength(0));
        assertEquals(0, graph.inStrength(0));
    }

    @Test
    void sumsParallelEdges() {
        WeightedDigraph graph = new WeightedDigraphBuilder(2)
                .addEdge(0, 1, 1.5).addEdge(1, 0, 1).addEdge(0, 1, 2).build();

        assertEquals(2, graph.edgeCount());
        assertEquals(3.5, graph.weight(0, 1));
        assertEquals(1, graph.weight(1, 0));
    }

    @Test
    void listsOutEdgesByTargetAndInEdgesBySource() {
        WeightedDigraph graph = new WeightedDigraphBuilder(4)
                .addEdge(2, 1, 1).addEdge(0, 3, 2).addEdge(0, 1, 3).addEdge(3, 1, 4).build();

        assertArrayEquals(new int[] {1, 3}, targetsOf(graph, 0));
        assertArrayEquals(new int[] {0, 2, 3}, sourcesOf(graph, 1));
        assertEquals(3 + 1 + 4, graph.inStrength(1));
        assertEquals(3 + 2, graph.outStrength(0));
    }

    @Test
    void inEdgesNameTheSameEdgesAsOutEdges() {
        WeightedDigraph graph = Network.karate().bothWays();

        for (int node = 0; node < graph.nodeCount(); node++) {
            for (int p = graph.inEdgesStart(node); p < graph.inEdgesEnd(node); p++) {
                int edge = graph.inEdgeId(p);
                int source = graph.inSource(p);
                assertEquals(node, graph.target(edge));
                assertEquals(edge, graph.edgeId(source, node));
            }
        }
        assertEquals(2 * 78, graph.edgeCount());
    }

    @Test
    void keepsIsolatedNodes() {
        WeightedDigraph graph = new WeightedDigraphBuilder(3).addEdge(0, 1, 1).build();

        assertEquals(3, graph.nodeCount());
        assertEquals(0, graph.inDegree(2));
        assertEquals(0, graph.outDegree(2));
    }

    @Test
    void rejectsNodesOutsideTheGraphAndWeightsThatAreNotPositive() {
        WeightedDigraphBuilder builder = new WeightedDigraphBuilder(2);

        assertThrows(IllegalArgumentException.class, () -> builder.addEdge(0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> builder.addEdge(-1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> builder.addEdge(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> builder.addEdge(0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> builder.addEdge(0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> builder.addEdge(0, 1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new WeightedDigraphBuilder(-1));
    }

    private static int[] targetsOf(WeightedDigraph graph, int node) {
        int[] targets = new int[graph.outDegree(node)];
        for (int edge = graph.outEdgesStart(node); edge < graph.outEdgesEnd(node); edge++) {
            targets[edge - graph.outEdgesStart(node)] = graph.target(edge);
        }
        return targets;
    }

    private static int[] sourcesOf(WeightedDigraph graph, int node) {
        int[] sources = new int[graph.inDegree(node)];
        for (int p = graph.inEdgesStart(node); p < graph.inEdgesEnd(node); p++) {
            sources[p - graph.inEdgesStart(node)] = graph.inSource(p);
        }
        return sources;
    }
}
