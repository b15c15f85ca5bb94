package app.hallway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The opinion-leader report end to end on one node: Confluence activity fires the events, the plugin's listener
 * records it, HR computes the report in the background and reads it, employees object. Only the six named
 * users, so every count is known.
 */
class LeadersSandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/hallway/1.0";

    @TempDir
    static Path data;
    static SandboxNode node;
    static SandboxClient client;
    static JsonNode users;

    @BeforeAll
    static void start() throws Exception {
        node = SandboxNode.start(SandboxClient.options(data, "leaders-node", false));
        client = new SandboxClient(node.baseUri());
        users = JSON.readTree(client.get("/rest/sandbox/users", "admin").body());
        long plan = SandboxClient.id(client.post("/rest/sandbox/pages", "eli",
                "{\"space\":\"ENG\",\"title\":\"Release plan\",\"storage\":\"<p>Ask <ac:link><ri:user ri:userkey=\\\"" + key("noa")
                        + "\\\"/></ac:link></p>\"}"));
        for (String commenter : new String[] {"sam", "noa", "ana", "hana"}) {
            assertEquals(201, client.post("/rest/sandbox/pages/" + plan + "/comments", commenter, "{\"text\":\"Good plan\"}").statusCode());
        }
        client.post("/rest/sandbox/pages/" + plan + "/likes", "noa", "");
        long secret = SandboxClient.id(client.post("/rest/sandbox/pages", "sam",
                "{\"space\":\"ENG\",\"title\":\"Sales secrets\",\"storage\":\"<p>Hidden</p>\",\"restrictedTo\":[\"sales\"]}"));
        client.post("/rest/sandbox/pages/" + secret + "/comments", "admin", "{\"text\":\"Seen\"}");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String key(String username) {
        for (JsonNode user : users) {
            if (user.path("username").asText().equals(username)) {
                return user.path("userKey").asText();
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.baseUri().resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header(SandboxClient.XSRF_HEADER, "no-check");
        if (user != null) {
            request.header("X-Sandbox-User", user);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Computes the report of the default period as HR and waits until it is done. */
    private static JsonNode compute() throws Exception {
        HttpResponse<String> accepted = client.post(REST + "/leaders/computations", "hana", "{}");
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode run = JSON.readTree(accepted.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!run.path("state").asText().equals("DONE") && System.nanoTime() < deadline) {
            assertTrue(!run.path("state").asText().equals("FAILED"), run.toString());
            Thread.sleep(100);
            run = JSON.readTree(client.get(REST + "/leaders/computations/" + run.path("id").asLong(), "hana").body());
        }
        assertEquals("DONE", run.path("state").asText(), run.toString());
        return run;
    }

    private static JsonNode person(String username) throws Exception {
        HttpResponse<String> response = client.get(REST + "/leaders/people/" + key(username), "hana");
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    @Test
    void confluenceActivityBecomesTheReportHrReads() throws Exception {
        compute();

        JsonNode eli = person("eli");
        assertEquals(4, eli.path("distinctEndorsers").asInt(), eli.toString());
        assertEquals(0, person("sam").path("distinctEndorsers").asInt(), "the comment on a restricted page counts nothing");
        assertTrue(person("noa").path("distinctEndorsers").asInt() == 1, "eli mentioned noa");
        HttpResponse<String> listing = client.get(REST + "/leaders", "hana");
        assertEquals(200, listing.statusCode(), listing.body());
        assertEquals(6, JSON.readTree(listing.body()).path("population").path("people").asInt(0) + 1,
                "everyone but admin took part: " + listing.body());
        HttpResponse<String> csv = client.get(REST + "/leaders?format=csv", "hana");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    @Test
    void onlyHrAndAdministratorsReachTheReport() throws Exception {
        HttpResponse<String> employee = client.get(REST + "/leaders", "eli");
        assertEquals(403, employee.statusCode());
        assertTrue(employee.body().contains("\"error\":\"forbidden\""), employee.body());
        assertEquals(403, client.get("/plugins/servlet/hallway/leaders", "eli").statusCode());
        assertEquals(401, client.get("/plugins/servlet/hallway/leaders", null).statusCode());
        HttpResponse<String> page = client.get("/plugins/servlet/hallway/leaders", "hana");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Opinion leaders"), page.body());
        assertTrue(page.body().contains("must never be used for"), "the page says what it must not be used for");
        assertEquals(200, client.get("/download/resources/app.hallway:hallway-leaders/report.js", null).statusCode());
    }

    @Test
    void anEmployeeWhoObjectsIsLeftOutOfTheNextComputation() throws Exception {
        assertEquals(200, client.get("/plugins/servlet/hallway/privacy", "ana").statusCode());
        HttpResponse<String> objected = send("PUT", REST + "/privacy/me/opt-out", "ana", "{\"optOut\":true}");
        assertEquals(200, objected.statusCode(), objected.body());

        compute();

        assertEquals(null, person("ana"));
        assertEquals(3, person("eli").path("distinctEndorsers").asInt(), "ana's comment went with her");
        JsonNode mine = JSON.readTree(client.get(REST + "/privacy/me", "ana").body());
        assertTrue(mine.path("objected").asBoolean(), mine.toString());
        assertEquals(400, send("PUT", REST + "/privacy/me/opt-out", "ana", "{\"optOut\":\"perhaps\"}").statusCode());
        send("PUT", REST + "/privacy/me/opt-out", "ana", "{\"optOut\":false}");
    }

    @Test
    void editingSomeoneElsesBlogPostEndorsesItsAuthor() throws Exception {
        String post = "{\"space\":\"NEWS\",\"title\":\"Ana writes\",\"type\":\"blogpost\",\"storage\":\"<p>Draft</p>\"}";
        assertEquals(201, client.post("/rest/sandbox/pages", "ana", post).statusCode());
        assertEquals(0, received("ana", "EDIT"), "writing a blog post endorses nobody");

        assertEquals(200, client.post("/rest/sandbox/pages", "hana", post.replace("Draft", "Edited by HR")).statusCode());

        assertEquals(1, received("ana", "EDIT"), "hana's edit of ana's blog post");
        assertEquals(200, client.post("/rest/sandbox/pages", "ana", post.replace("Draft", "Mine again")).statusCode());
        assertEquals(1, received("ana", "EDIT"), "editing your own blog post counts nothing");
    }

    /** How many interactions of {@code type} the privacy export says {@code username} received. */
    private static int received(String username, String type) throws Exception {
        HttpResponse<String> mine = client.get(REST + "/privacy/me", username);
        assertEquals(200, mine.statusCode(), mine.body());
        for (JsonNode count : JSON.readTree(mine.body()).path("received")) {
            if (count.path("type").asText().equals(type)) {
                return count.path("count").asInt();
            }
        }
        return 0;
    }

    @Test
    void aDeactivatedColleagueLeavesTheReportWhileTheirCommentStillCounts() throws Exception {
        assertEquals(403, client.post("/rest/sandbox/users/sam/deactivate", "hana", "").statusCode(), "administrators only");
        HttpResponse<String> deactivated = client.post("/rest/sandbox/users/sam/deactivate", "admin", "");
        assertEquals(200, deactivated.statusCode(), deactivated.body());
        try {
            assertTrue(deactivated.body().contains("\"active\":false"), deactivated.body());

            compute();

            assertEquals(null, person("sam"), "not ranked, not reported");
            assertEquals(4, person("eli").path("distinctEndorsers").asInt(), "sam commented on eli's plan before leaving");
        } finally {
            assertEquals(200, client.post("/rest/sandbox/users/sam/reactivate", "admin", "").statusCode());
        }
        compute();
        assertTrue(person("sam") != null, "reactivated, sam is back in the next computation");
    }

    @Test
    void administratorsSetTheReportsSettingsAndRetentionOnTheSettingsPage() throws Exception {
        HttpResponse<String> page = client.get("/plugins/servlet/hallway/settings", "admin");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("name=\"rollupRetentionMonths\" value=\"36\""), page.body());
        assertTrue(page.body().contains("name=\"leaderResamples\" value=\"50\""), page.body());
        assertEquals(403, client.get("/plugins/servlet/hallway/settings", "hana").statusCode());
        assertEquals(401, client.get("/plugins/servlet/hallway/settings", null).statusCode());

        String settings = REST + "/admin/settings";
        HttpResponse<String> refused = client.put(settings, "admin", "{\"rollupRetentionMonths\": 48, \"leaderResamples\": 19}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"leaderResamples\""), refused.body());
        try {
            HttpResponse<String> changed = client.put(settings, "admin",
                    "{\"rollupRetentionMonths\": 48, \"leaderResamples\": 30, \"leaderThreads\": 1, \"leaderCountViews\": true}");
            assertEquals(200, changed.statusCode(), changed.body());
            JsonNode saved = JSON.readTree(client.get(settings, "admin").body());
            assertEquals(48, saved.path("rollupRetentionMonths").asInt(), saved.toString());
            assertEquals(30, saved.path("leaderResamples").asInt());
            assertEquals(1, saved.path("leaderThreads").asInt());
            assertTrue(saved.path("leaderCountViews").asBoolean());
            assertTrue(client.get("/plugins/servlet/hallway/settings", "admin").body().contains("name=\"leaderCountViews\""));
        } finally {
            client.put(settings, "admin",
                    "{\"rollupRetentionMonths\": 36, \"leaderResamples\": 50, \"leaderThreads\": 2, \"leaderCountViews\": false}");
        }
    }

    @Test
    void theRetentionJobRunsOnDemandAndKeepsEverythingAReportStillReads() throws Exception {
        HttpResponse<String> ran = client.post("/rest/sandbox/jobs/hallway-interaction-retention", "admin", "");

        assertEquals(200, ran.statusCode(), ran.body());
        assertTrue(ran.body().contains("Deleted 0 raw interactions and 0 daily rollups"), ran.body());
        compute();
        assertEquals(4, person("eli").path("distinctEndorsers").asInt());
    }
}
