package app.hallway.leaders.bench;

/** Command-line settings of {@link ScoringBenchmark}, as {@code key=value} arguments. */
record BenchmarkSettings(int people, int events, int warmups, int repetitions, double tolerance, long seed,
                         boolean jgrapht, int threads) {

    static BenchmarkSettings parse(String[] args) {
        BenchmarkSettings settings = new BenchmarkSettings(100_000, 5_000_000, 2, 5, 1e-10, 42, true, 2);
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            settings = settings.with(pair[0], pair[1]);
        }
        return settings;
    }

    private BenchmarkSettings with(String key, String value) {
        return switch (key) {
            case "people" -> new BenchmarkSettings(Integer.parseInt(value), events, warmups, repetitions, tolerance, seed, jgrapht, threads);
            case "events" -> new BenchmarkSettings(people, Integer.parseInt(value), warmups, repetitions, tolerance, seed, jgrapht, threads);
            case "warmups" -> new BenchmarkSettings(people, events, Integer.parseInt(value), repetitions, tolerance, seed, jgrapht, threads);
            case "repetitions" -> new BenchmarkSettings(people, events, warmups, Integer.parseInt(value), tolerance, seed, jgrapht, threads);
            case "tolerance" -> new BenchmarkSettings(people, events, warmups, repetitions, Double.parseDouble(value), seed, jgrapht, threads);
            case "seed" -> new BenchmarkSettings(people, events, warmups, repetitions, tolerance, Long.parseLong(value), jgrapht, threads);
            case "jgrapht" -> new BenchmarkSettings(people, events, warmups, repetitions, tolerance, seed, Boolean.parseBoolean(value), threads);
            case "threads" -> new BenchmarkSettings(people, events, warmups, repetitions, tolerance, seed, jgrapht, Integer.parseInt(value));
            default -> throw new IllegalArgumentException("unknown setting " + key);
        };
    }
}
