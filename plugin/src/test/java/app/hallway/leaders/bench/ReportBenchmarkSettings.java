package app.hallway.leaders.bench;

import java.nio.file.Path;

/** Command-line settings of {@link ReportBenchmark}, as {@code key=value} arguments. */
record ReportBenchmarkSettings(int people, int events, long seed, int threads, int retentionDays, Path db, boolean compact, int runs, int resamples,
                               boolean rebuildArchives) {

    static ReportBenchmarkSettings parse(String[] args) {
        ReportBenchmarkSettings settings = new ReportBenchmarkSettings(100_000, 5_000_000, 42, 2, 30, Path.of("target", "leaders-bench"), false, 2, 50, true);
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            settings = settings.with(pair[0], pair[1]);
        }
        return settings;
    }

    private ReportBenchmarkSettings with(String key, String value) {
        return switch (key) {
            case "people" -> new ReportBenchmarkSettings(Integer.parseInt(value), events, seed, threads, retentionDays, db, compact, runs, resamples, rebuildArchives);
            case "events" -> new ReportBenchmarkSettings(people, Integer.parseInt(value), seed, threads, retentionDays, db, compact, runs, resamples, rebuildArchives);
            case "seed" -> new ReportBenchmarkSettings(people, events, Long.parseLong(value), threads, retentionDays, db, compact, runs, resamples, rebuildArchives);
            case "threads" -> new ReportBenchmarkSettings(people, events, seed, Integer.parseInt(value), retentionDays, db, compact, runs, resamples, rebuildArchives);
            case "retention" -> new ReportBenchmarkSettings(people, events, seed, threads, Integer.parseInt(value), db, compact, runs, resamples, rebuildArchives);
            case "db" -> new ReportBenchmarkSettings(people, events, seed, threads, retentionDays, Path.of(value), compact, runs, resamples, rebuildArchives);
            case "compact" -> new ReportBenchmarkSettings(people, events, seed, threads, retentionDays, db, Boolean.parseBoolean(value), runs, resamples, rebuildArchives);
            case "runs" -> new ReportBenchmarkSettings(people, events, seed, threads, retentionDays, db, compact, Integer.parseInt(value), resamples, rebuildArchives);
            case "resamples" -> new ReportBenchmarkSettings(people, events, seed, threads, retentionDays, db, compact, runs, Integer.parseInt(value), rebuildArchives);
            case "archives" -> new ReportBenchmarkSettings(people, events, seed, threads, retentionDays, db, compact, runs, resamples,
                    switch (value) {
                        case "rebuild" -> true;
                        case "keep" -> false;
                        default -> throw new IllegalArgumentException("archives=rebuild or archives=keep, not " + value);
                    });
            default -> throw new IllegalArgumentException("unknown setting " + key);
        };
    }

    /** What the stored log depends on: a database loaded with other values is loaded again. */
    String fingerprint() {
        return "people=" + people + " events=" + events + " seed=" + seed + " retention=" + retentionDays + " schema=1";
    }
}
