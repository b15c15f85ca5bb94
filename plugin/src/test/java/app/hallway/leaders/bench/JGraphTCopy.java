package app.hallway.leaders.bench;

import app.hallway.leaders.scoring.WeightedDigraph;
import java.util.Map;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/** The benchmark graph as a JGraphT graph, and how many iterations JGraphT's PageRank takes on it. */
public final class JGraphTCopy {

    private JGraphTCopy() {
    }

    public static SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> of(WeightedDigraph graph) {
        SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> copy = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int node = 0; node < graph.nodeCount(); node++) {
            copy.addVertex(node);
        }
        for (int source = 0; source < graph.nodeCount(); source++) {
            for (int edge = graph.outEdgesStart(source); edge < graph.outEdgesEnd(source); edge++) {
                copy.setEdgeWeight(copy.addEdge(source, graph.target(edge)), graph.weight(edge));
            }
        }
        return copy;
    }

    /**
     * JGraphT does not report its iterations. A run capped at {@code k} iterations returns exactly
     * the converged scores if and only if the iteration stopped by itself within {@code k}; the
     * smallest such {@code k} is found by doubling, then bisection (untimed, about 2 log2 k runs).
     */
    static int iterationsToConverge(SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph, double tolerance,
                                    Map<Integer, Double> converged) {
        int low = 0;
        int high = 1;
        while (!scoresAfter(graph, tolerance, high).equals(converged)) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (scoresAfter(graph, tolerance, middle).equals(converged)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private static Map<Integer, Double> scoresAfter(SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph,
                                                    double tolerance, int maxIterations) {
        return new PageRank<>(graph, 0.85, maxIterations, tolerance).getScores();
    }
}
