package app.hallway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 3's throughput figure: 16 concurrent clients acknowledging through the sandbox's REST API on H2.
 * Starts a node with {@code employees} generated people (default 10,000) on a fresh H2 file database,
 * publishes an announcement for every department, warms up on the first 30 % of them (until the JIT has
 * compiled the path), then times the rest, each person acknowledged once by one of the clients. Prints acknowledgements per second and checks
 * the report counts exactly one per person.
 *
 * <pre>mvn -B -q -DskipTests package
 * java -cp sandbox/target/hallway-sandbox.jar:sandbox/target/test-classes app.hallway.sandbox.AcknowledgeBenchmark [employees] [clients]</pre>
 */
public final class AcknowledgeBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AcknowledgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        if (args.length <= 2 || args[2].equals("wrk")) {
            withWrk(employees, clients, Integer.getInteger("bench.seconds", 8));
            return;
        }
        Path data = Files.createTempDirectory("hallway-ack-bench");
        try (SandboxNode node = SandboxNode.start(new SandboxOptions(0, data, null, null, null, true, "bench", employees))) {
            URI base = node.baseUri();
            long id = publish(base);
            List<String> people = audience(base);
            int warm = people.size() * 3 / 10;
            System.out.printf("Audience %,d people; warming up on %,d, timing %,d with %d clients%n", people.size(), warm,
                    people.size() - warm, clients);
            acknowledge(base, id, people.subList(0, warm), clients);
            long cpuBefore = cpu();
            long start = System.nanoTime();
            int done = acknowledge(base, id, people.subList(warm, people.size()), clients);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMicros = (cpu() - cpuBefore) / 1e3 / done;
            System.out.printf("%,d acknowledgements in %.2f s: %,.0f acknowledgements/s (%.0f us of CPU each, clients and server"
                    + " in this JVM, %d cores)%n", done, seconds, done / seconds, cpuMicros, Runtime.getRuntime().availableProcessors());
            long floorCpu = cpu();
            long floorStart = System.nanoTime();
            int floor = health(base, done, clients);
            double floorSeconds = (System.nanoTime() - floorStart) / 1e9;
            System.out.printf("For scale, the same clients on GET /rest/sandbox/health: %,.0f requests/s (%.0f us of CPU each)%n",
                    floor / floorSeconds, (cpu() - floorCpu) / 1e3 / floor);
            JsonNode report = JSON.readTree(send(base, "GET", "/rest/hallway/1.0/announcements/" + id + "/acknowledgements?limit=1", "hana").body());
            System.out.printf("Report: %d acknowledged of %d (exactly one per person: %s)%n", report.path("acknowledged").asInt(),
                    report.path("audienceSize").asInt(), report.path("acknowledged").asInt() == people.size());
        }
    }

    /**
     * The clients as {@code wrk} in its own process (script {@code wrk/acknowledge.lua}, one thread and kept-alive
     * connection per client), so that this JVM's CPU time is the server's alone. Every request is a person
     * acknowledging an announcement for the first time: each run (two warm-ups until the JIT has settled, then three
     * timed) gets three new announcements for everyone (30,015 first acknowledgements, more than wrk sends in a run). Afterwards each
     * announcement's report must count exactly the people sent to it: every one was answered 2xx (so has at least
     * one acknowledgement), so equal counts mean exactly one each. The request a client had in flight when wrk
     * stopped is sent once more first (acknowledging is idempotent).
     */
    private static void withWrk(int employees, int clients, int seconds) throws Exception {
        Path data = Files.createTempDirectory("hallway-ack-bench");
        try (SandboxNode node = SandboxNode.start(new SandboxOptions(0, data, null, null, null, true, "bench", employees))) {
            URI base = node.baseUri();
            List<String> people = audience(base);
            Path script = WrkLoad.script("acknowledge.lua");
            System.out.println("| run | acknowledgements/s | server CPU per acknowledgement | wrk CPU per acknowledgement | acknowledgements "
                    + "| load average | exactly one per person |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (int run = -1; run <= 3; run++) {
                List<Long> ids = new ArrayList<>();
                List<String> lines = new ArrayList<>();
                for (int a = 0; a < 3; a++) {
                    long id = publish(base, "bench-ack-" + run + "-" + a);
                    ids.add(id);
                    people.forEach(person -> lines.add(id + " " + person));
                }
                Path file = Files.createTempFile("hallway-ack", ".txt");
                Files.write(file, lines);
                WrkLoad.Run result = WrkLoad.run(base, script, clients, seconds,
                        file.toString(), String.valueOf(clients));
                Files.delete(file);
                Map<Long, Integer> sentTo = new java.util.HashMap<>();
                long ok = 0;
                for (String line : result.lines()) {
                    // SENT <thread> <sent> <answered> <2xx> <other> <ran out of people>
                    String[] f = line.split(" ");
                    int thread = Integer.parseInt(f[1]);
                    int sent = Integer.parseInt(f[2]);
                    if (Integer.parseInt(f[5]) != 0 || Integer.parseInt(f[6]) != 0) {
                        throw new IllegalStateException("Client " + thread + " was answered other than 2xx or ran out of people: " + line);
                    }
                    ok += Long.parseLong(f[4]);
                    for (int i = 0; i < sent; i++) {
                        String[] item = lines.get(i * clients + thread - 1).split(" ");
                        sentTo.merge(Long.parseLong(item[0]), 1, Integer::sum);
                    }
                    if (sent > Integer.parseInt(f[3])) {
                        String[] item = lines.get((sent - 1) * clients + thread - 1).split(" ");
                        Answer answer = send(base, "POST", "/rest/hallway/1.0/announcements/" + item[0] + "/acknowledgements", item[1], "");
                        if (answer.statusCode() / 100 != 2) {
                            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                        }
                    }
                }
                if (result.lines().size() != clients) {
                    throw new IllegalStateException("wrk reported " + result.lines().size() + " clients: " + result.output());
                }
                boolean exact = true;
                for (long id : ids) {
                    JsonNode report = JSON.readTree(send(base, "GET", "/rest/hallway/1.0/announcements/" + id + "/acknowledgements?limit=1", "hana").body());
                    if (report.path("acknowledged").asInt() != sentTo.getOrDefault(id, 0)) {
                        System.out.println("Announcement " + id + ": report " + report + ", sent to " + sentTo.getOrDefault(id, 0)
                                + "\n" + result.output());
                        exact = false;
                    }
                }
                if (!exact) {
                    throw new IllegalStateException("An announcement's report does not count exactly the people sent to it: " + sentTo);
                }
                System.out.printf("| %s | %,.0f | %.0f µs | %.0f µs | %,d in %.2f s | %s | yes |%n", run <= 0 ? "warm-up" : String.valueOf(run),
                        ok / result.seconds(), result.serverCpuNanos() / 1e3 / ok, result.wrkCpuSeconds() * 1e6 / ok, ok, result.seconds(),
                        result.load());
            }
            WrkLoad.Run floor = WrkLoad.run(base, WrkLoad.script("health.lua"), clients, seconds);
            System.out.printf("| for scale: GET /rest/sandbox/health | %,.0f requests/s | %.0f µs | %.0f µs | %,d in %.2f s | %s | |%n",
                    floor.perSecond(), floor.serverCpuMicrosPerRequest(), floor.wrkCpuMicrosPerRequest(), floor.requests(), floor.seconds(),
                    floor.load());
        }
    }

    /** CPU time of this whole process so far, in nanoseconds: robust to other programs sharing the machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long publish(URI base) throws Exception {
        return publish(base, "bench-ack");
    }

    private static long publish(URI base, String macroId) throws Exception {
        String storage = "<ac:structured-macro ac:name=\"hallway-announcement\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"title\">Annual compliance training</ac:parameter>"
                + "<ac:parameter ac:name=\"audience\">engineering,sales,support,marketing,hr</ac:parameter>"
                + "<ac:parameter ac:name=\"acknowledgement\">true</ac:parameter>"
                + "<ac:rich-text-body><p>Please confirm you completed it.</p></ac:rich-text-body></ac:structured-macro>";
        String saved = send(base, "POST", "/rest/sandbox/pages", "hana",
                JSON.writeValueAsString(Map.of("space", "NEWS", "title", "Compliance training " + macroId, "storage", storage))).body();
        long page = JSON.readTree(saved).path("id").asLong();
        String html = send(base, "GET", "/pages/" + page, "hana").body();
        return Long.parseLong(html.replaceAll("(?s).*data-announcement-id=\"(\\d+)\".*", "$1"));
    }

    private static List<String> audience(URI base) throws Exception {
        List<String> people = new ArrayList<>();
        for (JsonNode user : JSON.readTree(send(base, "GET", "/rest/sandbox/users", null).body())) {
            String groups = user.path("groups").toString();
            if (groups.matches(".*\"(engineering|sales|support|marketing|hr)\".*")) {
                people.add(user.path("username").asText());
            }
        }
        return people;
    }

    /** The sandbox's HTTP stack alone (filter, Jersey, Jackson), no Hallway code: the ceiling any endpoint shares. */
    private static int health(URI base, int requests, int clients) throws Exception {
        List<String> nobody = java.util.Collections.nCopies(requests, "eli");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                running.add(pool.submit(() -> {
                    for (int i = first; i < nobody.size(); i += clients) {
                        send(base, "GET", "/rest/sandbox/health", nobody.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return requests;
    }

    /** Each client takes every {@code clients}-th person; returns how many acknowledgements were answered 2xx. */
    private static int acknowledge(URI base, long id, List<String> people, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger ok = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                running.add(pool.submit(() -> {
                    for (int i = first; i < people.size(); i += clients) {
                        Answer answer = send(base, "POST", "/rest/hallway/1.0/announcements/" + id + "/acknowledgements",
                                people.get(i), "");
                        if (answer.statusCode() / 100 != 2) {
                            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                        }
                        ok.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return ok.get();
    }

    /**
     * One request over a kept-alive connection of the JDK's plain blocking client: each client thread behaves
     * like a browser or script of its own, and costs little CPU next to the server (the asynchronous
     * {@code java.net.http} client spent as much CPU per request as the acknowledgement itself).
     */
    private static Answer send(URI base, String method, String path, String user, String... body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty(SandboxClient.XSRF_HEADER, "no-check");
            if (user != null) {
                connection.setRequestProperty("X-Sandbox-User", user);
            }
            if (!method.equals("GET")) {
                byte[] bytes = body.length == 0 ? new byte[0] : body[0].getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(bytes.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response's status and body. */
    private record Answer(int statusCode, String body) {
    }
}
