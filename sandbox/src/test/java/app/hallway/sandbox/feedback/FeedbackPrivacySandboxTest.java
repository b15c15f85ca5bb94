package app.hallway.sandbox.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.sandbox.SandboxNode;
import app.hallway.sandbox.SandboxOptions;
import app.hallway.sandbox.feedback.FeedbackHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where feedback data ends, end to end on a sandbox node: reactions on an announcement stay within its audience,
 * a page removed from Confluence takes its feedback, reactions and polls along, and an employee's privacy export
 * and erasure cover the feedback panel and polls, and announcements (acknowledgements kept, reminders erased
 * where that cannot repeat one).
 */
class FeedbackPrivacySandboxTest {
    private static final String REST = FeedbackHttp.REST;
    @TempDir
    static Path data;
    static SandboxNode node;
    static FeedbackHttp http;

    @BeforeAll
    static void start() throws Exception {
        node = SandboxNode.start(new SandboxOptions(0, data, null, null, null, false, "feedback-privacy-test", 0));
        http = new FeedbackHttp(node.baseUri());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String announcement(String macroId, String audience) {
        return "<ac:structured-macro ac:name=\"hallway-announcement\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"title\">Team news</ac:parameter>"
                + (audience == null ? "" : "<ac:parameter ac:name=\"audience\">" + audience + "</ac:parameter>")
                + "<ac:rich-text-body><p>News.</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static String poll(String macroId) {
        return "<ac:structured-macro ac:name=\"hallway-poll\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"question\">Lunch?</ac:parameter>"
                + "<ac:parameter ac:name=\"options\">Pizza|Sushi</ac:parameter></ac:structured-macro>";
    }

    private static long found(String pattern, String html) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertTrue(matcher.find(), html);
        return Long.parseLong(matcher.group(1));
    }

    private static String react(String contentId, String reaction) {
        return REST + "/reactions/" + FeedbackHttp.enc(contentId) + "/" + FeedbackHttp.enc(reaction);
    }

    private static JsonNode myFeedback(String user) {
        Answer mine = http.get(REST + "/privacy/me", user);
        assertEquals(200, mine.status(), mine.body());
        return mine.json().path("feedback");
    }

    @Test
    void reactionsOnAnAnnouncementAreNotFoundOutsideItsAudience() {
        long page = http.page("hana", "NEWS", "Engineering only", announcement("eng-news", "engineering"));
        String announcement = "announcement:" + found("data-announcement-id=\"(\\d+)\"", http.get("/pages/" + page, "hana").body());

        Answer eli = http.send("PUT", react(announcement, "🎉"), "eli", null);
        assertEquals(200, eli.status(), eli.body());

        assertEquals(404, http.send("PUT", react(announcement, "👍"), "sam", null).status());
        assertEquals(404, http.send("DELETE", react(announcement, "🎉"), "sam", null).status());
        assertEquals(404, http.get(REST + "/reactions/" + FeedbackHttp.enc(announcement), "sam").status());
        assertEquals(404, http.get(react(announcement, "🎉"), "sam").status(), "nor who reacted");
        assertEquals(1, http.get(REST + "/reactions/" + FeedbackHttp.enc(announcement), "hana").json()
                .path("reactions").get(2).path("count").asInt(), "HR see it");
        assertEquals(200, http.get(react(announcement, "🎉"), "ana").status(), "the audience sees who reacted");
    }

    @Test
    void aRemovedPageTakesItsFeedbackReactionsAndPollsAlong() {
        long page = http.page("hana", "NEWS", "Short-lived", announcement("short-news", null) + poll("short-poll"));
        String html = http.get("/pages/" + page, "eli").body();
        String announcement = "announcement:" + found("data-content-id=\"announcement:(\\d+)\"", html);
        long poll = found("data-poll-id=\"(\\d+)\"", html);
        long item = http.send("POST", REST + "/feedback/" + page, "eli", "{\"text\":\"Keep it\"}").json().path("id").asLong();
        assertEquals(200, http.send("PUT", react(String.valueOf(page), "👍"), "eli", null).status());
        assertEquals(200, http.send("PUT", react(announcement, "🎉"), "eli", null).status());
        assertEquals(200, http.send("POST", REST + "/polls/" + poll + "/votes", "eli", "{\"options\":[\"Pizza\"]}").status());
        assertEquals(200, http.send("PUT", REST + "/feedback/items/" + item + "/vote", "sam", null).status());
        assertEquals(200, http.send("PUT", react("feedback:" + item, "💡"), "sam", null).status());
        String before = myFeedback("eli").toString();
        assertTrue(before.contains("\"Keep it\"") && before.contains("\"" + announcement + "\"") && before.contains("\"pollId\":" + poll),
                before);
        assertTrue(myFeedback("sam").toString().contains("feedback:" + item));

        assertEquals(204, http.send("DELETE", "/rest/sandbox/pages/" + page, "hana", null).status());

        assertEquals(404, http.get("/rest/sandbox/pages/" + page, "hana").status());
        String eli = myFeedback("eli").toString();
        String sam = myFeedback("sam").toString();
        assertFalse(eli.contains("\"Keep it\""), eli);
        assertFalse(eli.contains("\"item\":\"" + page + "\"") || eli.contains("\"" + announcement + "\""),
                "no reaction on the page or its announcement: " + eli);
        assertFalse(eli.contains("\"pollId\":" + poll), eli);
        assertFalse(sam.contains("feedback:" + item), "neither the support nor the reaction: " + sam);
        assertEquals(404, http.send("DELETE", "/rest/sandbox/pages/" + page, "hana", null).status());
    }

    @Test
    void anEmployeeExportsAndErasesTheirFeedbackAndNamedItemsStayWithoutTheirName() {
        long page = http.page("hana", "NEWS", "Office plants", "<p>Plants?</p>");
        long named = http.send("POST", REST + "/feedback/" + page, "noa", "{\"text\":\"More plants\"}").json().path("id").asLong();
        http.send("POST", REST + "/feedback/" + page, "noa", "{\"text\":\"Nobody knows this is me\",\"anonymous\":true}");
        http.send("PUT", react(String.valueOf(page), "❤️"), "noa", null);
        http.send("PUT", REST + "/feedback/items/" + named + "/vote", "eli", null);

        Answer export = http.get(REST + "/privacy/me", "noa");
        JsonNode feedback = export.json().path("feedback");
        assertTrue(export.json().has("objected") && export.json().has("given"), "the report's part stays at the top: " + export.body());
        assertEquals(1, feedback.path("items").size(), export.body());
        assertEquals("More plants", feedback.path("items").get(0).path("text").asText());
        assertEquals("Office plants", feedback.path("items").get(0).path("pageTitle").asText());
        assertFalse(export.body().contains("Nobody knows this is me"), "anonymous feedback is nobody's");
        assertTrue(feedback.path("anonymous").asText().startsWith("Anonymous feedback is not listed"), export.body());

        Answer erased = http.send("DELETE", REST + "/privacy/me", "noa", null);

        assertEquals(200, erased.status(), erased.body());
        assertEquals(2, erased.json().path("parts").path("feedback").asInt(), "one reaction, one named item: " + erased.body());
        JsonNode items = http.get(REST + "/feedback/" + page, "eli").json().path("items");
        assertEquals(2, items.size(), items.toString());
        for (JsonNode card : items) {
            assertTrue(card.path("anonymous").asBoolean(), "no item links to noa any more: " + card);
        }
        assertEquals(0, http.get(REST + "/reactions/" + page, "eli").json().path("reactions").get(1).path("count").asInt());
        assertEquals(0, myFeedback("noa").path("items").size());
        String privacyPage = http.get("/plugins/servlet/hallway/privacy", "noa").body();
        assertTrue(privacyPage.contains("Feedback, reactions and polls") && privacyPage.contains("withdraw it on its page"), privacyPage);
    }

    private static String acknowledged(String macroId, String title, LocalDate due) {
        return "<ac:structured-macro ac:name=\"hallway-announcement\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter>"
                + "<ac:parameter ac:name=\"audience\">engineering</ac:parameter>"
                + "<ac:parameter ac:name=\"acknowledgement\">true</ac:parameter>"
                + "<ac:parameter ac:name=\"due\">" + due + "</ac:parameter>"
                + "<ac:rich-text-body><p>Please read.</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static String remind() {
        Answer ran = http.send("POST", "/rest/sandbox/jobs/hallway-announcement-reminders", null, null);
        assertEquals(200, ran.status(), ran.body());
        return ran.body();
    }

    @Test
    void acknowledgementsAreExportedAndKeptAndOnlyRemindersThatCannotRepeatAreErased() {
        LocalDate due = LocalDate.now().plusDays(2);
        long travelPage = http.page("hana", "NEWS", "Travel", acknowledged("travel", "Travel policy", due));
        long parkingPage = http.page("hana", "NEWS", "Parking", acknowledged("parking", "Parking rules", due));
        long travel = found("data-announcement-id=\"(\\d+)\"", http.get("/pages/" + travelPage, "hana").body());
        long parking = found("data-announcement-id=\"(\\d+)\"", http.get("/pages/" + parkingPage, "hana").body());
        assertTrue(remind().contains("Sent 4 announcement reminders"), "eli and ana, before the due date");
        assertEquals(201, http.send("POST", REST + "/announcements/" + travel + "/acknowledgements", "eli", null).status());

        Answer export = http.get(REST + "/privacy/me", "eli");
        JsonNode mine = export.json().path("announcements");
        assertEquals(1, mine.path("acknowledgements").size(), export.body());
        JsonNode acknowledgement = mine.path("acknowledgements").get(0);
        assertEquals("announcement:" + travel, acknowledgement.path("announcement").asText());
        assertEquals("Travel policy", acknowledgement.path("title").asText());
        assertEquals("Travel", acknowledgement.path("pageTitle").asText());
        assertEquals(1, acknowledgement.path("version").asInt());
        assertEquals(2, mine.path("reminders").size(), export.body());
        assertEquals("before-due", mine.path("reminders").get(0).path("step").asText());
        assertTrue(mine.path("acknowledgementsKept").asText().contains("ask HR"), export.body());

        Answer erased = http.send("DELETE", REST + "/privacy/me", "eli", null);

        assertEquals(200, erased.status(), erased.body());
        assertEquals(1, erased.json().path("parts").path("announcements").asInt(), "the travel reminder only: " + erased.body());
        JsonNode after = http.get(REST + "/privacy/me", "eli").json().path("announcements");
        assertEquals(1, after.path("acknowledgements").size(), "kept: " + after);
        assertEquals("announcement:" + parking, after.path("reminders").get(0).path("announcement").asText(), after.toString());
        assertEquals(1, after.path("reminders").size(), after.toString());
        assertEquals(1, http.get(REST + "/announcements/" + travel + "/acknowledgements", "hana").json().path("acknowledged").asInt(),
                "HR's report still has eli's acknowledgement");
        assertTrue(remind().contains("Sent 0 announcement reminders"), "nobody is reminded twice");
        String privacyPage = http.get("/plugins/servlet/hallway/privacy", "eli").body();
        assertTrue(privacyPage.contains("Your data in Hallway") && privacyPage.contains("Your acknowledgements are kept")
                && privacyPage.contains("the same reminder twice"), privacyPage);
    }
}

