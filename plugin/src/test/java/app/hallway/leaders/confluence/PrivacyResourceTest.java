package app.hallway.leaders.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.announce.MyAnnouncements;
import app.hallway.leaders.Company;
import app.hallway.leaders.LeaderReportFixture;
import app.hallway.leaders.MyData;
import app.hallway.platform.HallwayException;
import app.hallway.platform.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivacyResourceTest {
    private final LeaderReportFixture fixture = new LeaderReportFixture().computed();
    private final PrivacyResource resource = new PrivacyResource(fixture.objections, fixture.log, fixture.runs, fixture.results,
            List.of(), fixture.directory, fixture.texts, fixture.time);

    @Test
    void anEmployeeObjectsAndWithdrawsForThemselvesOnly() {
        fixture.directory.actAs(Company.QUIET);

        assertEquals(true, resource.optOut(new PrivacyResource.OptOut(true)).get("optOut"));
        assertTrue(fixture.objections.objectedAt(Company.QUIET).isPresent());
        assertTrue(fixture.objections.objectedAt(Company.LEA).isEmpty());
        assertEquals(false, resource.optOut(new PrivacyResource.OptOut(false)).get("optOut"));
    }

    @Test
    void anOptOutWithoutAnAnswerIsA400NamingIt() {
        fixture.directory.actAs(Company.QUIET);

        assertEquals("optOut", assertThrows(HallwayException.class, () -> resource.optOut(new PrivacyResource.OptOut(null))).field());
        assertEquals("optOut", assertThrows(HallwayException.class, () -> resource.optOut(null)).field());
    }

    @Test
    void theExportComesAsJsonOrAsASpreadsheetOfDays() {
        fixture.directory.actAs(Company.LEA);

        MyData json = ((PrivacyExport) resource.export(null).getEntity()).getReport();
        Response csv = resource.export("csv");

        String text = new String((byte[]) csv.getEntity(), StandardCharsets.UTF_8);
        assertEquals(json.interactions().size() + 1, text.lines().count());
        assertTrue(text.lines().skip(1).allMatch(line -> line.contains("Given") || line.contains("Received")), text);
        assertEquals("format", assertThrows(HallwayException.class, () -> resource.export("pdf")).field());
    }

    @Test
    void erasingAnswersHowMuchWasErased() {
        fixture.directory.actAs(Company.QUIET);

        Object erased = resource.erase().get("erased");

        assertTrue((Integer) erased > 0);
        assertEquals(HallwayException.Kind.NOT_LOGGED_IN, assertThrows(HallwayException.class, () -> {
            fixture.directory.actAs(null);
            resource.erase();
        }).kind());
    }

    /** A feature's part that remembers whom it was asked about. */
    private static final class RecordingPart implements PersonalData {
        final List<String> asked = new ArrayList<>();

        @Override
        public String part() {
            return "feedback";
        }

        @Override
        public Object export(String userKey) {
            asked.add("export " + userKey);
            return Map.of("reactions", List.of("👍"));
        }

        @Override
        public int erase(String userKey) {
            asked.add("erase " + userKey);
            return 3;
        }
    }

    @Test
    void theJsonExportHasTheReportAtTheTopAndEveryOtherPartUnderItsName() throws Exception {
        RecordingPart feedback = new RecordingPart();
        PrivacyResource withParts = new PrivacyResource(fixture.objections, fixture.log, fixture.runs, fixture.results,
                List.of(feedback), fixture.directory, fixture.texts, fixture.time);
        fixture.directory.actAs(Company.LEA);

        JsonNode json = new ObjectMapper().valueToTree(withParts.export(null).getEntity());

        assertEquals(Company.LEA, json.path("userKey").asText());
        assertTrue(json.path("given").isArray() && json.has("objected"), json.toString());
        assertEquals("👍", json.path("feedback").path("reactions").get(0).asText(), json.toString());
        assertEquals(List.of("export " + Company.LEA), feedback.asked);
    }

    @Test
    void erasingErasesEveryPartForThePersonAskingAndCountsThemAll() {
        RecordingPart feedback = new RecordingPart();
        PrivacyResource withParts = new PrivacyResource(fixture.objections, fixture.log, fixture.runs, fixture.results,
                List.of(feedback), fixture.directory, fixture.texts, fixture.time);
        fixture.directory.actAs(Company.QUIET);

        Map<String, Object> erased = withParts.erase();

        @SuppressWarnings("unchecked")
        Map<String, Integer> parts = (Map<String, Integer>) erased.get("parts");
        assertEquals(3, parts.get("feedback"));
        assertEquals(parts.get("interactions") + 3, erased.get("erased"));
        assertEquals(List.of("erase " + Company.QUIET), feedback.asked);
    }

    @Test
    void theAnnouncementsPartListsAcknowledgementsAndRemindersUnderItsNameWithWhyTheyAreKept() throws Exception {
        MyAnnouncements mine = new MyAnnouncements("Your acknowledgements are kept … ask HR.", "Reminders … twice.",
                List.of(new MyAnnouncements.Acknowledged("announcement:7", "Holidays", 42L, "HR news", 2, "2026-12-10T09:00:00Z")),
                List.of(new MyAnnouncements.Reminder("announcement:8", null, 43L, null, 1, "overdue", "2026-12-11T09:00:00Z")));
        PersonalData announcements = new PersonalData() {
            @Override
            public String part() {
                return "announcements";
            }

            @Override
            public Object export(String userKey) {
                return mine;
            }

            @Override
            public int erase(String userKey) {
                return 0;
            }
        };
        PrivacyResource withParts = new PrivacyResource(fixture.objections, fixture.log, fixture.runs, fixture.results,
                List.of(new RecordingPart(), announcements), fixture.directory, fixture.texts, fixture.time);
        fixture.directory.actAs(Company.LEA);

        JsonNode json = new ObjectMapper().valueToTree(withParts.export(null).getEntity());

        assertTrue(json.has("given") && json.has("feedback"), json.toString());
        JsonNode part = json.path("announcements");
        assertEquals("Your acknowledgements are kept … ask HR.", part.path("acknowledgementsKept").asText());
        assertEquals("Reminders … twice.", part.path("remindersKept").asText());
        JsonNode acknowledged = part.path("acknowledgements").get(0);
        assertEquals("announcement:7", acknowledged.path("announcement").asText());
        assertEquals("Holidays", acknowledged.path("title").asText());
        assertEquals(42, acknowledged.path("pageId").asLong());
        assertEquals("HR news", acknowledged.path("pageTitle").asText());
        assertEquals(2, acknowledged.path("version").asInt());
        assertEquals("2026-12-10T09:00:00Z", acknowledged.path("at").asText());
        JsonNode reminder = part.path("reminders").get(0);
        assertEquals("overdue", reminder.path("step").asText());
        assertTrue(reminder.path("title").isNull() && reminder.path("pageTitle").isNull(), "hidden page: " + reminder);
        assertEquals(43, reminder.path("pageId").asLong());
        assertEquals("2026-12-11T09:00:00Z", reminder.path("at").asText());
    }
}

