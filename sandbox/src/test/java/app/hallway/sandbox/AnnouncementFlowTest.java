package app.hallway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.sandbox.host.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's vertical path through a running sandbox, over HTTP as a browser and a script would use it:
 * HR publishes, the audience sees and acknowledges, HR reads the report and its CSV, asks again after a
 * change, and the reminder job mails who has not acknowledged, once.
 */
class AnnouncementFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST = "/rest/hallway/1.0/announcements";

    @TempDir
    static Path data;
    static SandboxNode node;
    static SandboxClient client;

    @BeforeAll
    static void start() throws Exception {
        node = SandboxNode.start(SandboxClient.options(data, "flow-node", false));
        client = new SandboxClient(node.baseUri());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static long save(String user, String space, String title, String storage) throws Exception {
        HttpResponse<String> saved = client.post("/rest/sandbox/pages", user,
                JSON.writeValueAsString(Map.of("space", space, "title", title, "storage", storage)));
        assertTrue(saved.statusCode() == 200 || saved.statusCode() == 201, saved.body());
        return SandboxClient.id(saved);
    }

    private static String announcement(String macroId, String body, String... parameters) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"hallway-announcement\" ac:macro-id=\"" + macroId + "\">");
        for (int i = 0; i < parameters.length; i += 2) {
            storage.append("<ac:parameter ac:name=\"").append(parameters[i]).append("\">").append(parameters[i + 1]).append("</ac:parameter>");
        }
        return storage.append("<ac:rich-text-body>").append(body).append("</ac:rich-text-body></ac:structured-macro>").toString();
    }

    private static String policy(String text) {
        return announcement("flow-1", "<p>" + text + "</p><ac:structured-macro ac:name=\"hallway-translation\"><ac:parameter ac:name=\"lang\">es"
                        + "</ac:parameter><ac:rich-text-body><p>Nueva política de gastos.</p></ac:rich-text-body></ac:structured-macro>",
                "title", "Expenses policy", "priority", "urgent", "audience", "engineering", "acknowledgement", "true",
                "due", LocalDate.now().plusDays(2).toString(), "lang", "en");
    }

    private static long announcementId(String pageHtml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-announcement-id=\"(\\d+)\"").matcher(pageHtml);
        assertTrue(m.find(), pageHtml);
        return Long.parseLong(m.group(1));
    }

    @Test
    void publishAcknowledgeReportAskAgainAndRemind() throws Exception {
        long page = save("hana", "NEWS", "Expenses", policy("New expenses policy."));

        String forEli = client.get("/pages/" + page, "eli").body();
        assertTrue(forEli.contains("Expenses policy") && forEli.contains("hallway-acknowledge"), forEli);
        assertTrue(forEli.contains("New expenses policy.") && !forEli.contains("Nueva política"), forEli);
        String forAna = client.get("/pages/" + page, "ana").body();
        assertTrue(forAna.contains("Nueva política de gastos.") && !forAna.contains("New expenses policy."), forAna);
        assertFalse(client.get("/pages/" + page, "sam").body().contains("Expenses policy"), "not for sales");
        String forHana = client.get("/pages/" + page, "hana").body();
        assertTrue(forHana.contains("Not shown to you") && forHana.contains("0 of 2 acknowledged"), forHana);
        long id = announcementId(forHana);

        JsonNode mine = JSON.readTree(client.get(REST + "?scope=mine&status=active", "eli").body());
        assertEquals(id, mine.path("announcements").get(0).path("id").asLong(), mine.toString());
        assertTrue(mine.path("announcements").get(0).path("acknowledgementRequired").asBoolean());
        assertEquals(400, client.get(REST + "?scope=everyone", "eli").statusCode());

        HttpResponse<String> first = client.post(REST + "/" + id + "/acknowledgements", "eli", "");
        HttpResponse<String> again = client.post(REST + "/" + id + "/acknowledgements", "eli", "");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(JSON.readTree(first.body()).path("acknowledgedAt"), JSON.readTree(again.body()).path("acknowledgedAt"));
        assertEquals(404, client.post(REST + "/" + id + "/acknowledgements", "sam", "").statusCode());
        assertEquals(400, client.post(REST + "/abc/acknowledgements", "eli", "").statusCode());
        assertTrue(client.get("/pages/" + page, "eli").body().contains("Acknowledged on"));
        assertTrue(client.get("/pages/" + page, "eli").body().contains("data-content-id=\"announcement:" + id + "\""), "its reactions bar");
        assertEquals(200, client.get("/rest/hallway/1.0/reactions/announcement:" + id, "eli").statusCode());

        assertEquals(403, client.get(REST + "/" + id + "/acknowledgements", "eli").statusCode());
        JsonNode report = JSON.readTree(client.get(REST + "/" + id + "/acknowledgements", "hana").body());
        assertEquals(1, report.path("acknowledged").asInt(), report.toString());
        assertEquals(2, report.path("audienceSize").asInt());
        JsonNode pending = JSON.readTree(client.get(REST + "/" + id + "/acknowledgements?status=pending", "hana").body());
        assertEquals("ana", pending.path("people").get(0).path("username").asText(), pending.toString());
        HttpResponse<String> badStatus = client.get(REST + "/" + id + "/acknowledgements?status=done", "hana");
        assertEquals(400, badStatus.statusCode());
        assertEquals("status", JSON.readTree(badStatus.body()).path("field").asText());

        HttpResponse<String> csv = client.get(REST + "/" + id + "/acknowledgements?format=csv", "hana");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFName,Username,Status"), csv.body());
        assertTrue(csv.body().contains("Eli Engineer,eli,Acknowledged,engineering,1,"), csv.body());

        HttpResponse<String> reportPage = client.get("/plugins/servlet/hallway/announcement-report?id=" + id, "hana");
        assertEquals(200, reportPage.statusCode());
        assertTrue(reportPage.body().contains("1 of 2 acknowledged"), reportPage.body());
        assertEquals(403, client.get("/plugins/servlet/hallway/announcement-report?id=" + id, "eli").statusCode());

        String job = "/rest/sandbox/jobs/hallway-announcement-reminders";
        String ran = client.post(job, null, "").body();
        assertTrue(ran.contains("Sent 1 announcement reminders"), ran);
        assertTrue(client.post(job, null, "").body().contains("Sent 0 announcement reminders"), "never twice for one step");
        List<Outbox.Message> outbox = node.host().outbox.recent(10);
        assertEquals("ana@hallway.example", outbox.get(0).recipient());
        assertTrue(outbox.get(0).subject().startsWith("Confirma la lectura"), outbox.get(0).subject());
        assertTrue(outbox.get(0).htmlBody().contains(node.baseUri() + "/pages/viewpage.action?pageId=" + page), outbox.get(0).htmlBody());

        save("hana", "NEWS", "Expenses", policy("New expenses policy, with a new limit."));
        assertTrue(client.get("/pages/" + page, "eli").body().contains("Acknowledged on"), "earlier acknowledgements stand");
        assertTrue(client.get("/plugins/servlet/hallway/announcement-report?id=" + id, "hana").body().contains("hallway-require-version"));
        assertEquals(403, client.put(REST + "/" + id + "/required-version", "eli", "{\"version\":2}").statusCode());
        HttpResponse<String> required = client.put(REST + "/" + id + "/required-version", "hana", "{\"version\":2}");
        assertEquals(200, required.statusCode(), required.body());
        assertTrue(client.get("/pages/" + page, "eli").body().contains("hallway-acknowledge\""), "asked again");
        assertTrue(client.post(job, null, "").body().contains("Sent 2 announcement reminders"), "a new round for version 2");
    }

    @Test
    void exportsShowTheTextWithoutTheButton() throws Exception {
        long page = save("hana", "NEWS", "Exported", announcement("flow-2", "<p>Read me</p>",
                "title", "Export me", "audience", "engineering", "acknowledgement", "true"));
        client.get("/pages/" + page, "eli");

        String pdf = client.get("/pages/" + page + "?output=pdf", "eli").body();

        assertTrue(pdf.contains("Read me"), pdf);
        assertFalse(pdf.contains("hallway-acknowledge\""), pdf);
    }

    @Test
    void aNonHrEditorsAcknowledgementIsInactiveAndTheEditorIsToldWhy() throws Exception {
        long page = save("eli", "ENG", "Eli asks", announcement("flow-3", "<p>Please confirm</p>",
                "title", "Eli's request", "audience", "engineering", "acknowledgement", "true"));

        String forEli = client.get("/pages/" + page, "eli").body();
        String forSam = client.get("/pages/" + page, "sam").body();

        assertTrue(forEli.contains("Audience and acknowledgement are inactive"), forEli);
        assertFalse(forEli.contains("hallway-acknowledge\""), forEli);
        assertTrue(forSam.contains("Please confirm") && !forSam.contains("inactive"), forSam);
    }

    @Test
    void theFeedListsWhatIsAimedAtTheReaderWithAnEmptyState() throws Exception {
        save("hana", "NEWS", "Feed target", announcement("flow-4", "<p>Canteen opens</p>", "title", "Canteen opens on Monday"));
        long feed = save("hana", "NEWS", "News", "<ac:structured-macro ac:name=\"hallway-announcements\" ac:macro-id=\"feed-1\">"
                + "<ac:parameter ac:name=\"priority\">info</ac:parameter></ac:structured-macro>");
        long urgentOnly = save("hana", "NEWS", "Urgent news", "<ac:structured-macro ac:name=\"hallway-announcements\" ac:macro-id=\"feed-2\">"
                + "<ac:parameter ac:name=\"spaces\">NOWHERE</ac:parameter></ac:structured-macro>");
        client.get("/pages/" + SandboxClient.pageId(client.get("/rest/sandbox/pages", "admin").body(), "Feed target"), "sam");

        String news = client.get("/pages/" + feed, "sam").body();
        String empty = client.get("/pages/" + urgentOnly, "sam").body();

        assertTrue(news.contains("Canteen opens on Monday") && news.contains("/pages/viewpage.action?pageId="), news);
        assertTrue(empty.contains("hallway-feed-empty"), empty);
        assertEquals(302, client.getNoRedirect("/pages/viewpage.action?pageId=" + feed).statusCode());
    }

    @Test
    void aColleaguesEditElsewhereKeepsHrsAnnouncementActiveUntilTheyChangeIt() throws Exception {
        String macro = announcement("flow-5", "<p>Fire drill on Friday</p>", "title", "Fire drill", "audience", "engineering",
                "acknowledgement", "true");
        long page = save("hana", "NEWS", "Fire drill", macro);
        client.get("/pages/" + page, "ana");

        save("eli", "NEWS", "Fire drill", "<p>Meeting point: the car park.</p>" + macro);
        assertTrue(client.get("/pages/" + page, "ana").body().contains("hallway-acknowledge\""), "a typo fix elsewhere keeps it active");

        save("eli", "NEWS", "Fire drill", macro.replace("Friday", "Thursday"));
        assertFalse(client.get("/pages/" + page, "ana").body().contains("hallway-acknowledge\""), "eli changed it: inactive");
        assertTrue(client.get("/pages/" + page, "hana").body().contains("Eli Engineer, who is not in HR"), "HR is told why");

        save("hana", "NEWS", "Fire drill", macro.replace("Friday", "Thursday"));
        assertTrue(client.get("/pages/" + page, "ana").body().contains("hallway-acknowledge\""), "HR saving it activates it again");
    }
}
