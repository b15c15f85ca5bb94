package app.hallway.leaders.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Warm-up, then timed repetitions with a full collection before each, reporting medians. */
final class Stopwatch {

    private final int warmups;
    private final int repetitions;

    Stopwatch(int warmups, int repetitions) {
        if (warmups < 0 || repetitions <= 0) {
            throw new IllegalArgumentException("need warmups >= 0 and repetitions > 0");
        }
        this.warmups = warmups;
        this.repetitions = repetitions;
    }

    /** One row of the table; {@code iterations} is -1 where it does not apply. */
    record Row<T>(String name, T result, double medianMillis, int iterations, long allocatedBytes, long retainedBytes) {
    }

    <T> Row<T> time(String name, Supplier<T> run, ToIntFunction<T> iterations) {
        for (int w = 0; w < warmups; w++) {
            run.get();
        }
        long[] nanos = new long[repetitions];
        long[] allocated = new long[repetitions];
        T result = null;
        long retained = 0;
        for (int r = 0; r < repetitions; r++) {
            result = null;
            long before = usedHeapAfterGc();
            long allocatedBefore = allocatedBytes();
            long started = System.nanoTime();
            result = run.get();
            nanos[r] = System.nanoTime() - started;
            allocated[r] = allocatedBytes() - allocatedBefore;
            retained = usedHeapAfterGc() - before;
        }
        Row<T> row = new Row<>(name, result, median(nanos) / 1e6, iterations.applyAsInt(result), median(allocated), retained);
        System.out.printf("  %s: %.0f ms median of %s ms%n", name, row.medianMillis(), Arrays.toString(toMillis(nanos)));
        return row;
    }

    static long usedHeapAfterGc() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long[] toMillis(long[] nanos) {
        return Arrays.stream(nanos).map(n -> n / 1_000_000).toArray();
    }
}
