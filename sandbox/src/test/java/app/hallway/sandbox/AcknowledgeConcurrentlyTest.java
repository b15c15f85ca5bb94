package app.hallway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.announce.ao.AcknowledgementEntity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 clients acknowledge the same announcement for the same people at the same time through the REST API:
 * afterwards there is exactly one acknowledgement per person and version, and every client was told the
 * same first time. Timings are the benchmark's business (BENCHMARKS.md), not this test's.
 */
class AcknowledgeConcurrentlyTest {
    private static final int CLIENTS = 16;

    @TempDir
    Path data;

    @Test
    void sixteenClientsLeaveExactlyOneAcknowledgementPerPersonAndVersion() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (SandboxNode node = SandboxNode.start(SandboxClient.options(data, "ack-node", true))) {
            SandboxClient client = new SandboxClient(node.baseUri());
            long page = SandboxClient.id(client.post("/rest/sandbox/pages", "hana", json.writeValueAsString(Map.of(
                    "space", "NEWS", "title", "Code of conduct", "storage",
                    "<ac:structured-macro ac:name=\"hallway-announcement\" ac:macro-id=\"conduct-1\">"
                            + "<ac:parameter ac:name=\"title\">Code of conduct</ac:parameter>"
                            + "<ac:parameter ac:name=\"audience\">engineering</ac:parameter>"
                            + "<ac:parameter ac:name=\"acknowledgement\">true</ac:parameter>"
                            + "<ac:rich-text-body><p>Please read it.</p></ac:rich-text-body></ac:structured-macro>"))));
            String html = client.get("/pages/" + page, "hana").body();
            long id = Long.parseLong(html.replaceAll("(?s).*data-announcement-id=\"(\\d+)\".*", "$1"));
            List<String> engineers = new ArrayList<>();
            for (JsonNode user : json.readTree(client.get("/rest/sandbox/users", null).body())) {
                if (user.path("groups").toString().contains("\"engineering\"")) {
                    engineers.add(user.path("username").asText());
                }
            }

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Callable<Map<String, String>>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<String> order = new ArrayList<>(engineers);
                Collections.shuffle(order, new Random(c));
                clients.add(() -> {
                    Map<String, String> seen = new HashMap<>();
                    for (String username : order) {
                        HttpResponse<String> answer = client.post("/rest/hallway/1.0/announcements/" + id + "/acknowledgements", username, "");
                        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 201, answer.body());
                        seen.put(username, json.readTree(answer.body()).path("acknowledgedAt").asText());
                    }
                    return seen;
                });
            }
            List<Map<String, String>> answers = new ArrayList<>();
            try {
                for (Future<Map<String, String>> result : pool.invokeAll(clients)) {
                    answers.add(result.get());
                }
            } finally {
                pool.shutdown();
            }

            AcknowledgementEntity[] rows = node.host().activeObjects.find(AcknowledgementEntity.class,
                    Query.select().where("ANNOUNCEMENT_ID = ?", id));
            Map<String, Integer> perPersonAndVersion = new HashMap<>();
            for (AcknowledgementEntity row : rows) {
                perPersonAndVersion.merge(row.getUserKey() + "/" + row.getAckVersion(), 1, Integer::sum);
            }
            assertEquals(engineers.size(), rows.length, "one row per engineer");
            assertTrue(perPersonAndVersion.values().stream().allMatch(n -> n == 1), perPersonAndVersion.toString());
            assertTrue(answers.stream().allMatch(answers.get(0)::equals), "every client saw each person's first time");
        }
    }
}
