package app.hallway.leaders.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's result table, in Markdown so that it can be pasted into BENCHMARKS.md. */
final class Table {

    private final List<Stopwatch.Row<?>> rows = new ArrayList<>();

    void add(Stopwatch.Row<?> row) {
        rows.add(row);
    }

    void print() {
        System.out.println();
        System.out.println("| step | median ms | iterations | allocated MB per run | retained MB |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Stopwatch.Row<?> row : rows) {
            System.out.printf("| %s | %.0f | %s | %.0f | %.0f |%n", row.name(), row.medianMillis(),
                    row.iterations() < 0 ? "–" : Integer.toString(row.iterations()),
                    row.allocatedBytes() / 1048576.0, row.retainedBytes() / 1048576.0);
        }
        System.out.println();
    }

    void printSpeedups(String baseline, String... contenders) {
        Stopwatch.Row<?> base = find(baseline);
        for (String contender : contenders) {
            System.out.printf("%s is %.1f× faster than %s%n", contender, base.medianMillis() / find(contender).medianMillis(), baseline);
        }
    }

    private Stopwatch.Row<?> find(String name) {
        return rows.stream().filter(row -> row.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + name));
    }
}
