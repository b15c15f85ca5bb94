package app.hallway.sandbox.feedback;

import app.hallway.sandbox.WrkLoad;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Concurrent clients toggling reactions on one item through the REST API, each as its own user, each
 * remembering what it did: the counts the item must show afterwards are the sum of the clients' final states.
 */
public final class ReactionLoad {
    public static final List<String> REACTIONS = List.of("👍", "❤️", "🎉", "💡", "🤔");

    private final URI base;
    private final String contentId;

    public ReactionLoad(URI base, String contentId) {
        this.base = base;
        this.contentId = contentId;
    }

    /** What a run did: the toggles sent, how long they took, and the counts the clients' final states add up to. */
    public record Result(int toggles, long nanos, Map<String, Integer> expected) {
        public double perSecond() {
            return toggles / (nanos / 1e9);
        }
    }

    /** Each of {@code users} toggles a random reaction {@code togglesEach} times; all at once, one thread each. */
    public Result run(List<String> users, int togglesEach, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            List<Callable<boolean[]>> clients = new ArrayList<>();
            for (int c = 0; c < users.size(); c++) {
                String user = users.get(c);
                long clientSeed = seed + c;
                clients.add(() -> client(user, togglesEach, clientSeed));
            }
            long start = System.nanoTime();
            List<Future<boolean[]>> done = pool.invokeAll(clients);
            long nanos = System.nanoTime() - start;
            Map<String, Integer> expected = new HashMap<>();
            for (Future<boolean[]> client : done) {
                boolean[] state = client.get();
                for (int r = 0; r < REACTIONS.size(); r++) {
                    expected.merge(REACTIONS.get(r), state[r] ? 1 : 0, Integer::sum);
                }
            }
            return new Result(users.size() * togglesEach, nanos, expected);
        } finally {
            pool.shutdown();
        }
    }

    private boolean[] client(String user, int toggles, long seed) {
        FeedbackHttp http = new FeedbackHttp(base);
        Random random = new Random(seed);
        boolean[] mine = new boolean[REACTIONS.size()];
        JsonNode initial = http.get(FeedbackHttp.REST + "/reactions/" + FeedbackHttp.enc(contentId), user).json();
        for (int r = 0; r < REACTIONS.size(); r++) {
            mine[r] = initial.path("reactions").get(r).path("mine").asBoolean();
        }
        for (int i = 0; i < toggles; i++) {
            int r = random.nextInt(REACTIONS.size());
            String path = FeedbackHttp.REST + "/reactions/" + FeedbackHttp.enc(contentId) + "/" + FeedbackHttp.enc(REACTIONS.get(r));
            FeedbackHttp.Answer answer = http.send(mine[r] ? "DELETE" : "PUT", path, user, null);
            if (answer.status() != 200) {
                throw new IllegalStateException("Toggle failed: " + answer);
            }
            mine[r] = !mine[r];
        }
        return mine;
    }

    /**
     * The same load from {@code wrk} in its own process (script {@code wrk/toggle.lua}): one wrk thread and
     * connection per user, each toggling a random reaction for {@code seconds} and remembering its state. The toggle
     * in flight when wrk stops may or may not have reached the server, so it is sent once more (PUT and DELETE are
     * idempotent) and counted as done; then the expected counts are exactly the sum of the clients' states.
     */
    public WrkResult runWrk(List<String> users, int seconds, long seed) throws Exception {
        FeedbackHttp http = new FeedbackHttp(base);
        List<String> clients = new ArrayList<>();
        for (String user : users) {
            JsonNode initial = http.get(FeedbackHttp.REST + "/reactions/" + FeedbackHttp.enc(contentId), user).json();
            StringBuilder bits = new StringBuilder();
            for (int r = 0; r < REACTIONS.size(); r++) {
                bits.append(initial.path("reactions").get(r).path("mine").asBoolean() ? '1' : '0');
            }
            clients.add(user + ":" + bits);
        }
        String prefix = FeedbackHttp.REST + "/reactions/" + FeedbackHttp.enc(contentId) + "/";
        String reactions = String.join(",", REACTIONS.stream().map(FeedbackHttp::enc).toList());
        WrkLoad.Run run = WrkLoad.run(base, WrkLoad.script("toggle.lua"), users.size(), seconds, prefix, reactions,
                String.join(",", clients), String.valueOf(seed));
        Map<String, Integer> expected = new HashMap<>();
        REACTIONS.forEach(r -> expected.put(r, 0));
        long toggles = 0;
        for (String line : run.lines()) {
            // STATE <user> <bits> <reaction of the last request, 1-based> <sent> <answered> <200s> <other>
            String[] f = line.split(" ");
            char[] bits = f[2].toCharArray();
            long sent = Long.parseLong(f[4]);
            long answered = Long.parseLong(f[5]);
            if (Long.parseLong(f[7]) != 0) {
                throw new IllegalStateException("Toggles answered other than 200: " + line);
            }
            if (sent > answered) {
                int r = Integer.parseInt(f[3]) - 1;
                FeedbackHttp.Answer answer = http.send(bits[r] == '1' ? "DELETE" : "PUT", prefix + FeedbackHttp.enc(REACTIONS.get(r)), f[1], null);
                if (answer.status() != 200) {
                    throw new IllegalStateException("Settling the toggle in flight failed: " + answer);
                }
                bits[r] = bits[r] == '1' ? '0' : '1';
            }
            toggles += Long.parseLong(f[6]);
            for (int r = 0; r < REACTIONS.size(); r++) {
                expected.merge(REACTIONS.get(r), bits[r] == '1' ? 1 : 0, Integer::sum);
            }
        }
        if (run.lines().size() != users.size()) {
            throw new IllegalStateException("wrk reported " + run.lines().size() + " clients: " + run.output());
        }
        return new WrkResult(run, toggles, expected);
    }

    /** A wrk run: its measurements, the toggles answered 200 within it, and the counts the clients' states add up to. */
    public record WrkResult(WrkLoad.Run run, long toggles, Map<String, Integer> expected) {
        public double perSecond() {
            return toggles / run.seconds();
        }
    }

    /** The counts the item shows now, per reaction. */
    public Map<String, Integer> counts(String asUser) {
        JsonNode bar = new FeedbackHttp(base).get(FeedbackHttp.REST + "/reactions/" + FeedbackHttp.enc(contentId), asUser).json();
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode reaction : bar.path("reactions")) {
            counts.put(reaction.path("reaction").asText(), reaction.path("count").asInt());
        }
        return counts;
    }
}
