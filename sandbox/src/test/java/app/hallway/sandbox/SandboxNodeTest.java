package app.hallway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.sandbox.demo.DemoContent;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One sandbox node with demo content on H2, driven over HTTP like a browser or a test tool would. */
class SandboxNodeTest {
    @TempDir
    static Path data;
    static SandboxNode node;
    static SandboxClient client;

    @BeforeAll
    static void start() throws Exception {
        node = SandboxNode.start(SandboxClient.options(data, "test-node", true));
        client = new SandboxClient(node.baseUri());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static long pageId(String title) throws Exception {
        return SandboxClient.pageId(client.get("/rest/sandbox/pages", "admin").body(), title);
    }

    @Test
    void healthAnswers200() throws Exception {
        assertEquals(200, client.get("/rest/sandbox/health", null).statusCode());
    }

    @Test
    void theWelcomePageShowsTheAnnouncementToEli() throws Exception {
        HttpResponse<String> page = client.get("/pages/" + pageId(DemoContent.WELCOME_TITLE), "eli");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Welcome to the new intranet"), page.body());
        assertTrue(page.body().contains("every announcement lives on a page you can <strong>react to</strong>"), page.body());
        assertTrue(page.body().contains("Hallway sandbox"), "the chrome is there");
        assertTrue(page.body().contains("/download/resources/app.hallway:hallway-common/hallway.css"), "web resources are included");
    }

    @Test
    void aTypoInAMacroParameterGivesAReadableMessageNotAnError() throws Exception {
        HttpResponse<String> page = client.get("/pages/" + pageId(DemoContent.TYPO_TITLE), "hana");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("urgnt"), page.body());
        assertTrue(page.body().contains("info, important, urgent"), page.body());
    }

    @Test
    void anAnnouncementTitleWithAScriptIsEscaped() throws Exception {
        long id = SandboxClient.id(client.post("/rest/sandbox/pages", "hana", """
                {"space":"NEWS","title":"Escaping","storage":"<ac:structured-macro ac:name=\\"hallway-announcement\\" ac:macro-id=\\"esc-1\\"><ac:parameter ac:name=\\"title\\">&lt;script&gt;alert(1)&lt;/script&gt;</ac:parameter><ac:rich-text-body><p>b</p></ac:rich-text-body></ac:structured-macro>"}
                """));
        String body = client.get("/pages/" + id, "eli").body();
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), body);
        assertFalse(body.contains("<script>alert(1)"), body);
    }

    @Test
    void aRestrictedPageIsHiddenFromOtherGroups() throws Exception {
        long id = pageId("Engineering on-call rota");
        assertEquals(200, client.get("/pages/" + id, "ana").statusCode());
        assertEquals(404, client.get("/pages/" + id, "sam").statusCode());
        assertEquals(401, client.get("/pages/" + id, null).statusCode());
    }

    @Test
    void spanishUsersReadSpanish() throws Exception {
        String body = client.get("/pages/" + pageId(DemoContent.WELCOME_TITLE), "ana").body();
        assertTrue(body.contains("Importante"), body);
    }

    @Test
    void savingTheSameTitleMakesANewVersion() throws Exception {
        String json = "{\"space\":\"ENG\",\"title\":\"Versioned\",\"storage\":\"<p>first</p>\"}";
        HttpResponse<String> first = client.post("/rest/sandbox/pages", "eli", json);
        HttpResponse<String> second = client.post("/rest/sandbox/pages", "eli", json.replace("first", "second"));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), first.body() + " then " + second.body());
        assertEquals(SandboxClient.id(first), SandboxClient.id(second));
        assertTrue(second.body().contains("\"version\":2"), second.body());
    }

    @Test
    void commentsAndLikesShowOnThePage() throws Exception {
        long id = pageId("Hallway is live");
        assertEquals(201, client.post("/rest/sandbox/pages/" + id + "/comments", "sam", "{\"text\":\"Found it <b>\"}").statusCode());
        assertEquals(201, client.post("/rest/sandbox/pages/" + id + "/likes", "noa", "").statusCode());
        assertEquals(200, client.post("/rest/sandbox/pages/" + id + "/likes", "noa", "").statusCode());
        String body = client.get("/pages/" + id, "eli").body();
        assertTrue(body.contains("Found it &lt;b&gt;"), body);
        assertTrue(body.contains("1 likes"), body);
    }

    @Test
    void thePluginRestApiSeesTheSandboxUser() throws Exception {
        assertEquals(401, client.get("/rest/hallway/1.0/announcements/1", null).statusCode());
        HttpResponse<String> missing = client.get("/rest/hallway/1.0/announcements/999999", "eli");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("\"error\""), missing.body());
    }

    @Test
    void aChangeThroughTheRestApiWithoutConfluencesXsrfHeaderIsRefusedAndChangesNothing() throws Exception {
        String reactions = "/rest/hallway/1.0/reactions/" + pageId(DemoContent.NEWS_TITLE);

        HttpResponse<String> refused = client.withoutXsrfHeader("PUT", reactions + "/%F0%9F%91%8D", "eli");
        HttpResponse<String> alsoRefused = client.withoutXsrfHeader("DELETE", reactions + "/%F0%9F%91%8D", "eli");

        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("XSRF check failed"), refused.body());
        assertEquals(403, alsoRefused.statusCode(), alsoRefused.body());
        String bar = client.get(reactions, "eli").body();
        assertTrue(bar.contains("\"mine\":false") && !bar.contains("\"mine\":true"), bar);
    }

    @Test
    void theDirectoryListsTheNamedUsersAndEmployees() throws Exception {
        String users = client.get("/rest/sandbox/users", null).body();
        assertTrue(users.contains("\"username\":\"ana\"") && users.contains("\"language\":\"es\""), users);
        assertTrue(users.split("\"username\"").length > 300, "about 300 generated employees");
    }

    @Test
    void theNewsPageListsTheDemoAnnouncementsWaitingForYouFirst() throws Exception {
        String news = client.get("/pages/" + pageId(DemoContent.NEWS_TITLE), "eli").body();

        int travel = news.indexOf("New travel policy");
        int welcome = news.indexOf("Welcome to the new intranet");
        assertTrue(travel > 0 && welcome > travel, news);
    }

    @Test
    void administratorsConfigureHallwayAndABadGroupIsRefusedByName() throws Exception {
        String settings = "/rest/hallway/1.0/admin/settings";

        HttpResponse<String> refused = client.put(settings, "admin", "{\"hrGroups\": \"hr, no-such-group\", \"reminderDaysBefore\": 9}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"hrGroups\""), refused.body());

        HttpResponse<String> changed = client.put(settings, "admin", "{\"reminderDaysBefore\": 5}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"reminderDaysBefore\":5"), changed.body());
        assertTrue(changed.body().contains("\"hrGroups\":\"hallway-hr\""), "the refused change wrote nothing: " + changed.body());
        client.put(settings, "admin", "{\"reminderDaysBefore\": 3}");

        assertEquals(403, client.get(settings, "eli").statusCode());
        assertEquals(401, client.get(settings, null).statusCode());
    }
}
