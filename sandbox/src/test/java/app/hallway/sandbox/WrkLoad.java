package app.hallway.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk} (Debian package {@code wrk}) against a sandbox node in this JVM, as a separate process: the
 * load generator then costs a fraction of the Java clients' CPU and does not share the server's JIT, heap and GC,
 * so the CPU time of this process over a run is the server's alone. One connection per wrk thread, so each
 * wrk thread behaves as one client that waits for each answer before sending the next request.
 */
public final class WrkLoad {
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");

    private WrkLoad() {
    }

    /** What one run measured; {@code lines} is what the script's {@code done()} printed. */
    public record Run(double seconds, long requests, long serverCpuNanos, double wrkCpuSeconds, double loadBefore, double loadAfter,
                      List<String> lines, String output) {
        public double perSecond() {
            return requests / seconds;
        }

        public double serverCpuMicrosPerRequest() {
            return serverCpuNanos / 1e3 / requests;
        }

        public double wrkCpuMicrosPerRequest() {
            return wrkCpuSeconds * 1e6 / requests;
        }

        public String load() {
            return String.format("%.1f → %.1f", loadBefore, loadAfter);
        }
    }

    /** Copies a script from the test class path to a file wrk can read. */
    public static Path script(String name) {
        try (InputStream in = WrkLoad.class.getResourceAsStream("/wrk/" + name)) {
            Path file = Files.createTempFile("hallway-wrk", ".lua");
            Files.write(file, in.readAllBytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code wrk -t clients -c clients -d seconds -s script base -- args}; the time and requests are wrk's own
     * (requests answered within the duration), the server CPU is this process's over the run.
     */
    public static Run run(URI base, Path script, int clients, int seconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + clients, "-c" + clients, "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), base.toString()));
        if (args.length > 0) {
            command.add("--");
            command.addAll(List.of(args));
        }
        // `times` reports the CPU time of the shell's children: wrk's own cost per request.
        String shell = String.join(" ", command.stream().map(WrkLoad::quote).toList()) + "; times";
        double loadBefore = load();
        long cpuBefore = serverCpu();
        Process process = new ProcessBuilder("sh", "-c", shell).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long cpu = serverCpu() - cpuBefore;
        if (exit != 0) {
            throw new IllegalStateException("wrk failed (" + exit + "): " + output);
        }
        Matcher requests = Pattern.compile("(\\d+) requests in ([\\d.]+)(ms|s|m)").matcher(output);
        if (!requests.find()) {
            throw new IllegalStateException("Unexpected wrk output: " + output);
        }
        double duration = Double.parseDouble(requests.group(2)) * switch (requests.group(3)) {
            case "ms" -> 1e-3;
            case "m" -> 60;
            default -> 1;
        };
        Matcher times = TIMES.matcher(output);
        double wrkCpu = 0;
        while (times.find()) { // the second line is the children's user and system time
            wrkCpu = Integer.parseInt(times.group(1)) * 60 + Double.parseDouble(times.group(2))
                    + Integer.parseInt(times.group(3)) * 60 + Double.parseDouble(times.group(4));
        }
        List<String> lines = output.lines().filter(l -> l.startsWith("SENT ") || l.startsWith("STATE ")).toList();
        return new Run(duration, Long.parseLong(requests.group(1)), cpu, wrkCpu, loadBefore, load(), lines, output);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** CPU time of this whole process (the server, once the clients are wrk), in nanoseconds. */
    public static long serverCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
