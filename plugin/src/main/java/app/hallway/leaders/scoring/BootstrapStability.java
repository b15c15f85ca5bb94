package app.hallway.leaders.scoring;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * How often each person lands in the top share when the edges are resampled with replacement:
 * each resample draws {@code m} edges out of the {@code m} edges, an edge drawn {@code c} times
 * carries {@code c} times its weight, and weighted LeaderRank is run again on the result, started
 * from the original scores (the same fixed point, reached in fewer iterations).
 *
 * <p>{@code O(resamples · (m + iterations · (n + m)))} time, spread over {@code threads} threads;
 * {@code O(threads · (n + m))} extra memory, allocated once per thread. Each resample draws from a seed of its own, taken in
 * order from the master seed, so the outcome is the same for any number of threads.
 */
final class BootstrapStability {

    /**
     * The loosest tolerance a resample is iterated to: an L1 change of the walk's distribution of 1e-8. A
     * resample only has to say who is in the top 5 %, and the resampling itself moves scores by orders of
     * magnitude more; on the 100,000-person benchmark graph, top-5 % membership at 1e-8 is identical to that at
     * 1e-12, and the bootstrap needs a fifth fewer iterations than at 1e-10.
     */
    static final double RESAMPLE_TOLERANCE = 1e-8;

    private final double[] shareInTop;

    /**
     * @param ranked which people take places in the top share, one entry per node; null for all. The others
     *        stay in every resample's walk (their endorsements count) but are never in the top share
     * @param threads how many resamples run at once, positive
     * @param onResample told the number of resamples finished so far, from any of the threads
     */
    BootstrapStability(WeightedLeaderRank original, boolean[] ranked, double topShare, int resamples, long seed, int threads,
                       IntConsumer onResample) {
        int n = original.graph().nodeCount();
        SplittableRandom master = new SplittableRandom(seed);
        long[] seeds = new long[resamples];
        for (int resample = 0; resample < resamples; resample++) {
            seeds[resample] = master.nextLong();
        }
        BitSet[] inTop = run(original, ranked, topShare, seeds, threads, onResample);
        this.shareInTop = new double[n];
        for (BitSet top : inTop) {
            for (int person = top.nextSetBit(0); person >= 0; person = top.nextSetBit(person + 1)) {
                shareInTop[person]++;
            }
        }
        for (int person = 0; person < n; person++) {
            shareInTop[person] /= resamples;
        }
    }

    private static BitSet[] run(WeightedLeaderRank original, boolean[] ranked, double topShare, long[] seeds, int threads,
                                IntConsumer onResample) {
        double[] start = original.lastInputCopy();
        AtomicInteger finished = new AtomicInteger();
        BitSet[] inTop = new BitSet[seeds.length];
        if (threads <= 1 || seeds.length == 1) {
            Buffers buffers = new Buffers(original.graph());
            for (int resample = 0; resample < seeds.length; resample++) {
                inTop[resample] = resample(original, ranked, start, topShare, seeds[resample], buffers);
                onResample.accept(finished.incrementAndGet());
            }
            return inTop;
        }
        ThreadLocal<Buffers> perThread = ThreadLocal.withInitial(() -> new Buffers(original.graph()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, seeds.length), runnable -> {
            Thread thread = new Thread(runnable, "hallway-bootstrap");
            thread.setDaemon(true);
            return thread;
        });
        try {
            @SuppressWarnings("unchecked")
            Future<BitSet>[] futures = new Future[seeds.length];
            for (int resample = 0; resample < seeds.length; resample++) {
                long resampleSeed = seeds[resample];
                futures[resample] = pool.submit(() -> {
                    BitSet top = resample(original, ranked, start, topShare, resampleSeed, perThread.get());
                    onResample.accept(finished.incrementAndGet());
                    return top;
                });
            }
            for (int resample = 0; resample < seeds.length; resample++) {
                inTop[resample] = futures[resample].get();
            }
            return inTop;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resampling", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static BitSet resample(WeightedLeaderRank original, boolean[] ranked, double[] start, double topShare, long seed,
                                   Buffers buffers) {
        WeightedDigraph graph = original.graph();
        int n = graph.nodeCount();
        int m = graph.edgeCount();
        SplittableRandom random = new SplittableRandom(seed);
        int[] draws = buffers.draws;
        java.util.Arrays.fill(draws, 0);
        for (int k = 0; k < m; k++) {
            draws[random.nextInt(m)]++;
        }
        double[] weights = buffers.weights;
        for (int edge = 0; edge < m; edge++) {
            weights[edge] = graph.weights[edge] * draws[edge];
        }
        WeightedLeaderRank rescored = new WeightedLeaderRank(
                graph.withWeights(weights, buffers.scratch), Math.max(original.tolerance(), RESAMPLE_TOLERANCE),
                original.maxIterations(), start);
        ScoreRanking ranking = new ScoreRanking(rescored.scores().values(), ranked);
        BitSet top = new BitSet(n);
        for (int person = 0; person < n; person++) {
            if (ranking.inTop(person, topShare)) {
                top.set(person);
            }
        }
        return top;
    }

    /**
     * One thread's arrays for its resamples, allocated once: on a graph of millions of edges every resample would
     * otherwise allocate about 80 MB, which the collector then has to find room for fifty times.
     */
    private static final class Buffers {
        private final int[] draws;
        private final double[] weights;
        private final WeightedDigraph.Scratch scratch;

        Buffers(WeightedDigraph graph) {
            this.draws = new int[graph.edgeCount()];
            this.weights = new double[graph.edgeCount()];
            this.scratch = new WeightedDigraph.Scratch(graph);
        }
    }

    /** Share of resamples that put {@code person} in the top share. */
    double shareInTop(int person) {
        return shareInTop[person];
    }
}
