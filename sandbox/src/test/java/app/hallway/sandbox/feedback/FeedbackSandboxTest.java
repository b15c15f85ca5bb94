package app.hallway.sandbox.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.sandbox.SandboxNode;
import app.hallway.sandbox.SandboxOptions;
import app.hallway.sandbox.feedback.FeedbackHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback feature end to end on a sandbox node: the page, the panel, the REST API, the pages for HR. */
class FeedbackSandboxTest {
    private static final String REST = FeedbackHttp.REST;
    @TempDir
    static Path data;
    static SandboxNode node;
    static FeedbackHttp http;
    static long page;

    @BeforeAll
    static void start() throws Exception {
        node = SandboxNode.start(new SandboxOptions(0, data, null, null, null, false, "feedback-test", 0));
        http = new FeedbackHttp(node.baseUri());
        page = http.page("hana", "NEWS", "Canteen plans", "<p>We are redoing the canteen.</p>");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String reactionPath(String contentId, String reaction) {
        return REST + "/reactions/" + FeedbackHttp.enc(contentId) + "/" + FeedbackHttp.enc(reaction);
    }

    @Test
    void thePageShowsThePanelWithReactionsAndTheForm() {
        String html = http.get("/pages/" + page, "eli").body();

        assertTrue(html.contains("id=\"hallway-feedback\""), html);
        assertTrue(html.contains("data-reaction=\"👍\""), html);
        assertTrue(html.contains("Give this feedback anonymously"), html);
        assertTrue(html.contains("Anonymous means anonymous"), "the promise sits next to the checkbox");
        assertTrue(html.contains("/download/resources/app.hallway:hallway-feedback/panel.js"), "the script is on the page");
    }

    @Test
    void blogPostsHaveThePanelToo() {
        long blog = http.send("POST", "/rest/sandbox/pages", "hana",
                "{\"space\":\"NEWS\",\"title\":\"Weekly news\",\"type\":\"blogpost\",\"storage\":\"<p>x</p>\"}").json().path("id").asLong();

        assertTrue(http.get("/pages/" + blog, "eli").body().contains("id=\"hallway-feedback\""));
        assertEquals(201, http.send("POST", REST + "/feedback/" + blog, "eli", "{\"text\":\"Nice news\"}").status());
    }

    @Test
    void spanishReadersGetASpanishPanel() {
        String html = http.get("/pages/" + page, "ana").body();

        assertTrue(html.contains("Reacciones y opiniones"), html);
        assertTrue(html.contains("Anónimo significa anónimo"), html);
    }

    @Test
    void reactionsToggleOverRestAndShowOnThePage() {
        long id = http.page("hana", "NEWS", "Reactions page", "<p>x</p>");
        Answer added = http.send("PUT", reactionPath(String.valueOf(id), "🎉"), "sam", null);
        Answer again = http.send("PUT", reactionPath(String.valueOf(id), "🎉"), "sam", null);

        assertEquals(200, added.status(), added.body());
        assertEquals(1, again.json().path("count").asInt());
        assertTrue(again.json().path("mine").asBoolean());
        assertEquals(1, http.get(REST + "/reactions/" + id, "eli").json().path("reactions").get(2).path("count").asInt());
        assertTrue(http.get("/pages/" + id, "eli").body().contains("aria-pressed=\"false\" data-reaction=\"🎉\""));
        assertTrue(http.get("/pages/" + id, "sam").body().contains("aria-pressed=\"true\" data-reaction=\"🎉\""));
        JsonNode who = http.get(reactionPath(String.valueOf(id), "🎉"), "eli").json();
        assertEquals("Sam", who.path("people").get(0).asText().split(" ")[0]);
        assertEquals(0, http.send("DELETE", reactionPath(String.valueOf(id), "🎉"), "sam", null).json().path("count").asInt());
    }

    @Test
    void badInputIsABadRequestNamingTheFieldAndUnknownContentIsNotFound() {
        Answer pizza = http.send("PUT", reactionPath(String.valueOf(page), "🍕"), "eli", null);
        assertEquals(400, pizza.status());
        assertEquals("reaction", pizza.json().path("field").asText());
        assertEquals(404, http.send("PUT", reactionPath("999999", "👍"), "eli", null).status());
        assertEquals(404, http.send("PUT", reactionPath("announcement:999", "👍"), "eli", null).status());
        assertEquals(401, http.send("PUT", reactionPath(String.valueOf(page), "👍"), null, null).status());
        Answer empty = http.send("POST", REST + "/feedback/" + page, "eli", "{\"text\":\"  \"}");
        assertEquals(400, empty.status());
        assertEquals("text", empty.json().path("field").asText());
        Answer tooLong = http.send("POST", REST + "/feedback/" + page, "eli", FeedbackHttp.json("{\"text\":%s}", "x".repeat(2001)));
        assertEquals("text", tooLong.json().path("field").asText());
        assertEquals("limit", http.get(REST + "/feedback/" + page + "?limit=lots", "eli").json().path("field").asText());
        Answer broken = http.send("POST", REST + "/feedback/" + page, "eli", "{not json");
        assertEquals(400, broken.status(), broken.body());
    }

    @Test
    void aRestrictedPagesFeedbackIsNotFoundForOthers() {
        long secret = http.send("POST", "/rest/sandbox/pages", "eli",
                "{\"space\":\"ENG\",\"title\":\"Secret\",\"storage\":\"<p>x</p>\",\"restrictedTo\":[\"engineering\"]}")
                .json().path("id").asLong();

        Answer forSam = http.get(REST + "/feedback/" + secret, "sam");
        Answer forAna = http.get(REST + "/feedback/" + secret, "ana");

        assertEquals(404, forSam.status(), forSam.body());
        assertEquals(200, forAna.status(), forAna.body());
    }

    @Test
    void markupInFeedbackIsShownAsTextAndLinksAsLinks() {
        long id = http.page("hana", "NEWS", "Escaping feedback", "<p>x</p>");
        Answer given = http.send("POST", REST + "/feedback/" + id, "sam",
                FeedbackHttp.json("{\"text\":%s}", "<img src=x onerror=alert(1)> see https://example.com/a?b=1&c=2"));
        assertEquals(201, given.status(), given.body());

        String html = http.get("/pages/" + id, "eli").body();

        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; see "), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("<a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\""), html);
    }

    @Test
    void supportHrAnswersAndTheAuthorsMail() {
        long id = http.page("hana", "NEWS", "Closing the loop", "<p>x</p>");
        JsonNode item = http.send("POST", REST + "/feedback/" + id, "noa", "{\"text\":\"Longer lunch breaks\"}").json();
        long itemId = item.path("id").asLong();

        assertEquals(1, http.send("PUT", REST + "/feedback/items/" + itemId + "/vote", "sam", null).json().path("support").asInt());
        assertEquals(2, http.send("PUT", REST + "/feedback/items/" + itemId + "/vote", "eli", null).json().path("support").asInt());
        assertEquals(403, http.send("PUT", REST + "/feedback/items/" + itemId + "/vote", "noa", null).status());
        assertEquals(403, http.send("PUT", REST + "/feedback/items/" + itemId + "/status", "sam", "{\"status\":\"done\"}").status());
        Answer answered = http.send("PUT", REST + "/feedback/items/" + itemId + "/status", "hana",
                "{\"status\":\"planned\",\"response\":\"From January\"}");

        assertEquals(200, answered.status(), answered.body());
        assertEquals("planned", answered.json().path("status").asText());
        String html = http.get("/pages/" + id, "eli").body();
        assertTrue(html.contains("From January") && html.contains("Planned"), html);
        String outbox = http.get("/sandbox/outbox", "admin").body();
        assertTrue(outbox.contains("HR answered your feedback on"), outbox);
    }

    @Test
    void theAuthorEditsAndWithdrawsAndOthersCannot() {
        long id = http.page("hana", "NEWS", "Edits", "<p>x</p>");
        long itemId = http.send("POST", REST + "/feedback/" + id, "sam", "{\"text\":\"tpyo\"}").json().path("id").asLong();

        assertEquals(403, http.send("PUT", REST + "/feedback/items/" + itemId, "eli", "{\"text\":\"mine now\"}").status());
        assertEquals("typo", http.send("PUT", REST + "/feedback/items/" + itemId, "sam", "{\"text\":\"typo\"}").json().path("text").asText());
        assertEquals(204, http.send("DELETE", REST + "/feedback/items/" + itemId, "sam", null).status());
        assertEquals(0, http.get(REST + "/feedback/" + id, "sam").json().path("total").asInt());
    }

    @Test
    void aPollVotesAndShowsResultsAsItAllows() {
        long id = http.page("hana", "NEWS", "Lunch poll", "<ac:structured-macro ac:name=\"hallway-poll\" ac:macro-id=\"poll-lunch\">"
                + "<ac:parameter ac:name=\"question\">Where &lt;b&gt;lunch&lt;/b&gt;?</ac:parameter>"
                + "<ac:parameter ac:name=\"options\">Pizza|Sushi</ac:parameter></ac:structured-macro>");
        String html = http.get("/pages/" + id, "eli").body();
        assertTrue(html.contains("Where &lt;b&gt;lunch&lt;/b&gt;?"), html);
        assertTrue(html.contains("Results appear once you have voted."), html);
        java.util.regex.Matcher poll = java.util.regex.Pattern.compile("data-poll-id=\"(\\d+)\"").matcher(html);
        assertTrue(poll.find(), html);
        assertTrue(html.contains("id=\"hallway-poll-" + poll.group(1) + "-1\"") && html.contains("for=\"hallway-poll-" + poll.group(1) + "-1\""),
                "each option's label points at its own poll's input: " + html);

        Answer voted = http.send("POST", REST + "/polls/" + poll.group(1) + "/votes", "eli", "{\"options\":[\"Sushi\"]}");

        assertEquals(200, voted.status(), voted.body());
        assertTrue(voted.json().path("resultsVisible").asBoolean());
        assertEquals(1, voted.json().path("options").get(1).path("votes").asInt());
        assertEquals(400, http.send("POST", REST + "/polls/" + poll.group(1) + "/votes", "eli", "{\"options\":[\"Curry\"]}").status());
        assertTrue(http.get("/pages/" + id, "eli").body().contains("Change my vote"));
        String pdf = http.get("/pages/" + id + "?output=pdf", "eli").body();
        assertTrue(pdf.contains("Where &lt;b&gt;lunch&lt;/b&gt;?") && !pdf.contains("hallway-poll-form"), "exports show the poll without a form");
    }

    @Test
    void hrHaveAnInboxWithCsvAndOthersAreTurnedAway() {
        http.send("POST", REST + "/feedback/" + page, "sam", "{\"text\":\"=cmd|' /C calc'!A0\"}");

        Answer inbox = http.get("/plugins/servlet/hallway/feedback-inbox", "hana");
        Answer csv = http.get(REST + "/feedback?format=csv", "hana");

        assertEquals(200, inbox.status());
        assertTrue(inbox.body().contains("Feedback inbox") && inbox.body().contains("Hallway sandbox"), "decorated: " + inbox.body());
        assertTrue(csv.body().startsWith("\uFEFF"), csv.body());
        assertTrue(csv.body().contains("'=cmd"), csv.body());
        assertEquals(403, http.get("/plugins/servlet/hallway/feedback-inbox", "sam").status());
        assertEquals(401, http.get("/plugins/servlet/hallway/feedback-inbox", null).status());
        assertEquals(401, http.get(REST + "/feedback", null).status());
        assertEquals(403, http.get(REST + "/feedback", "sam").status());
    }

    @Test
    void spaceAdministratorsSwitchThePanelOffForTheirSpaceOnly() {
        long eng = http.page("eli", "ENG", "Engineering page", "<p>x</p>");
        assertEquals(200, http.get("/plugins/servlet/hallway/space-feedback?key=ENG", "eli").status());
        assertEquals(403, http.get("/plugins/servlet/hallway/space-feedback?key=ENG", "sam").status());
        assertEquals(403, http.send("PUT", REST + "/feedback/settings/spaces/ENG", "sam", "{\"panel\":\"off\"}").status());

        assertEquals("off", http.send("PUT", REST + "/feedback/settings/spaces/ENG", "eli", "{\"panel\":\"off\"}").json().path("panel").asText());

        assertFalse(http.get("/pages/" + eng, "ana").body().contains("id=\"hallway-feedback\""));
        assertEquals(403, http.send("POST", REST + "/feedback/" + eng, "ana", "{\"text\":\"hello\"}").status());
        assertTrue(http.get("/pages/" + page, "ana").body().contains("id=\"hallway-feedback\""), "other spaces keep it");
        http.send("PUT", REST + "/feedback/settings/spaces/ENG", "eli", "{\"panel\":\"default\"}");
    }

    @Test
    void administratorsSetTheDefaults() {
        assertEquals(200, http.get("/plugins/servlet/hallway/feedback-settings", "admin").status());
        assertEquals(403, http.get("/plugins/servlet/hallway/feedback-settings", "hana").status());
        Answer bad = http.send("PUT", REST + "/feedback/settings", "admin", "{\"pollMinimum\":0}");
        assertEquals("pollMinimum", bad.json().path("field").asText());
        assertEquals(5, http.get(REST + "/feedback/settings", "admin").json().path("pollMinimum").asInt());
    }
}
