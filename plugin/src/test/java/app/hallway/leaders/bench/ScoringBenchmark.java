package app.hallway.leaders.bench;

import app.hallway.leaders.scoring.EndorsementGraph;
import app.hallway.leaders.scoring.LeaderBand;
import app.hallway.leaders.scoring.LeaderCriteria;
import app.hallway.leaders.scoring.LeaderGates;
import app.hallway.leaders.scoring.NodeScores;
import app.hallway.leaders.scoring.PageRank;
import app.hallway.leaders.scoring.WeightedDigraph;
import app.hallway.leaders.scoring.WeightedLeaderRank;
import java.util.Map;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Times the scoring core against JGraphT's PageRank on one synthetic company, in one JVM run:
 * <pre>
 * MAVEN_OPTS=-Xmx6g mvn -q test-compile exec:java \
 *     -Dexec.mainClass=app.hallway.leaders.bench.ScoringBenchmark -Dexec.classpathScope=test
 * </pre>
 * Arguments (all optional): {@code people=100000 events=5000000 warmups=2 repetitions=5
 * tolerance=1e-10 seed=42 jgrapht=true threads=2}. With {@code jgrapht=false} only our code runs, which fits
 * {@code -Xmx1g}.
 *
 * <p>Every row reports the median wall time of the repetitions after the warm-ups, the iterations
 * the algorithm needed, the bytes the calling thread allocated in one run and the heap still
 * reachable from the row's result after a full collection.
 */
public final class ScoringBenchmark {

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkSettings settings = BenchmarkSettings.parse(args);
        System.out.printf("Synthetic company: %,d people, %,d events, seed %d; tolerance %.0e; %d warm-ups, %d timed runs%n",
                settings.people(), settings.events(), settings.seed(), settings.tolerance(),
                settings.warmups(), settings.repetitions());
        long started = System.nanoTime();
        SyntheticCompany company = SyntheticCompany.generate(settings.people(), settings.events(), settings.seed());
        System.out.printf("Generated %,d rollups in %.1f s%n", company.rollups.size(), (System.nanoTime() - started) / 1e9);

        Stopwatch stopwatch = new Stopwatch(settings.warmups(), settings.repetitions());
        Stopwatch.Row<EndorsementGraph> build = stopwatch.time("build graph (rollups → CSR)",
                () -> EndorsementGraph.of(company.people, company.rollups), graph -> -1);
        WeightedDigraph graph = build.result().graph();
        System.out.printf("Graph: %,d people, %,d endorsement pairs%n", graph.nodeCount(), graph.edgeCount());

        Stopwatch.Row<NodeScores> leaderRank = stopwatch.time("weighted LeaderRank (ours)",
                () -> new WeightedLeaderRank(graph, settings.tolerance(), WeightedLeaderRank.DEFAULT_MAX_ITERATIONS).scores(),
                NodeScores::iterations);
        Stopwatch.Row<NodeScores> ourPageRank = stopwatch.time("PageRank (ours)",
                () -> new PageRank(graph, 0.85, settings.tolerance(), WeightedLeaderRank.DEFAULT_MAX_ITERATIONS).scores(),
                NodeScores::iterations);

        Table table = new Table();
        table.add(build);
        table.add(leaderRank);
        if (settings.jgrapht()) {
            compareWithJGraphT(graph, settings, stopwatch, table, ourPageRank.result());
        }
        table.add(ourPageRank);
        table.print();
        if (settings.jgrapht()) {
            table.printSpeedups("JGraphT PageRank", "weighted LeaderRank (ours)", "PageRank (ours)");
        }
        timeLeaderGates(build.result(), company, settings);
        System.out.printf("Heap: max %,d MB; in use now %,d MB%n", Runtime.getRuntime().maxMemory() >> 20, Stopwatch.usedHeapAfterGc() >> 20);
    }

    /** A single run, no warm-up: the gates cost one LeaderRank per resample, so one run says enough. */
    private static void timeLeaderGates(EndorsementGraph endorsements, SyntheticCompany company, BenchmarkSettings settings) {
        WeightedLeaderRank leaderRank = new WeightedLeaderRank(endorsements.graph(), settings.tolerance(),
                WeightedLeaderRank.DEFAULT_MAX_ITERATIONS);
        LeaderCriteria criteria = LeaderCriteria.standard();
        long started = System.nanoTime();
        LeaderGates gates = new LeaderGates(endorsements, leaderRank, company.departments, criteria, settings.threads(),
                finished -> { });
        System.out.printf("Leader gates (%d resamples, %d threads), one run: %.1f s; %d leaders, %d people in the top 5 %%%n",
                criteria.resamples(), settings.threads(), (System.nanoTime() - started) / 1e9, gates.leaders().size(),
                gates.assessments().stream().filter(a -> a.band() != LeaderBand.OTHER).count());
    }

    private static void compareWithJGraphT(WeightedDigraph graph, BenchmarkSettings settings, Stopwatch stopwatch,
                                           Table table, NodeScores ourPageRank) {
        long heapBefore = Stopwatch.usedHeapAfterGc();
        long started = System.nanoTime();
        SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> jgrapht = JGraphTCopy.of(graph);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("JGraphT graph built in %.1f s, retains %,d MB (neither is in the table)%n",
                seconds, (Stopwatch.usedHeapAfterGc() - heapBefore) >> 20);
        int maxIterations = WeightedLeaderRank.DEFAULT_MAX_ITERATIONS;
        Stopwatch.Row<Map<Integer, Double>> row = stopwatch.time("JGraphT PageRank",
                () -> new org.jgrapht.alg.scoring.PageRank<>(jgrapht, 0.85, maxIterations, settings.tolerance()).getScores(),
                scores -> JGraphTCopy.iterationsToConverge(jgrapht, settings.tolerance(), scores));
        table.add(row);
        // Capped at one iteration, JGraphT's time is almost all its conversion of the graph to arrays.
        table.add(stopwatch.time("JGraphT PageRank capped at 1 iteration",
                () -> new org.jgrapht.alg.scoring.PageRank<>(jgrapht, 0.85, 1, settings.tolerance()).getScores(),
                scores -> 1));
        double largestDifference = 0;
        for (int node = 0; node < graph.nodeCount(); node++) {
            largestDifference = Math.max(largestDifference, Math.abs(row.result().get(node) - ourPageRank.score(node)));
        }
        System.out.printf("Largest difference between JGraphT's and our PageRank: %.1e%n", largestDifference);
    }
}
