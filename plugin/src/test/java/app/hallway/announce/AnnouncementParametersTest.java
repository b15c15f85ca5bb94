package app.hallway.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnouncementParametersTest {

    @Test
    void wellFormedParametersParseWithoutProblems() {
        AnnouncementParameters parsed = AnnouncementParameters.parse(Map.of(
                "title", " Holidays ", "priority", "URGENT", "audience", "sales, engineering,sales",
                "from", "2026-12-01", "until", "2026-12-31", "acknowledgement", "true", "due", "2026-12-15"));

        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        assertEquals("Holidays", parsed.title());
        assertEquals(Priority.URGENT, parsed.priority());
        assertEquals(List.of("sales", "engineering"), parsed.audience());
        assertEquals(LocalDate.of(2026, 12, 1), parsed.from());
        assertTrue(parsed.acknowledgement());
    }

    @Test
    void missingParametersTakeTheirDefaults() {
        AnnouncementParameters parsed = AnnouncementParameters.parse(Map.of());

        assertEquals(Priority.INFO, parsed.priority());
        assertEquals(List.of(), parsed.audience());
        assertFalse(parsed.acknowledgement());
        assertNull(parsed.due());
    }

    @Test
    void aTypoedPriorityNamesTheValueAndTheChoices() {
        AnnouncementParameters parsed = AnnouncementParameters.parse(Map.of("priority", "urgnt"));

        ParameterProblem problem = parsed.problems().get(0);
        assertEquals("priority", problem.parameter());
        assertEquals("hallway.macro.error.choice", problem.messageKey());
        assertEquals(List.of("urgnt", "priority", "info, important, urgent"), problem.arguments());
        assertEquals(Priority.INFO, parsed.priority(), "the rest still renders with the default");
    }

    @Test
    void aTypoedParameterNameIsReported() {
        AnnouncementParameters parsed = AnnouncementParameters.parse(Map.of("titel", "Holidays"));

        assertEquals("titel", parsed.problems().get(0).parameter());
        assertEquals("hallway.macro.error.unknown", parsed.problems().get(0).messageKey());
    }

    @Test
    void badDatesAndReversedRangesAreReported() {
        AnnouncementParameters parsed = AnnouncementParameters.parse(Map.of("from", "2026-12-31", "until", "2026-12-01", "due", "next friday"));

        assertEquals(List.of("until", "due"), parsed.problems().stream().map(ParameterProblem::parameter).toList());
        assertEquals("hallway.macro.error.date", parsed.problems().get(1).messageKey());
    }

    @Test
    void acknowledgementNeedsAnAudienceSoTheReportCanSayWhoHasNot() {
        AnnouncementParameters parsed = AnnouncementParameters.parse(Map.of("acknowledgement", "true"));

        assertEquals("hallway.macro.error.acknowledgement-needs-audience", parsed.problems().get(0).messageKey());
    }

    @Test
    void aDueDateWithoutAcknowledgementOrAfterTheLastDayIsReported() {
        assertEquals("hallway.macro.error.due-without-acknowledgement",
                AnnouncementParameters.parse(Map.of("due", "2026-12-24")).problems().get(0).messageKey());
        assertEquals("hallway.macro.error.due-after-until", AnnouncementParameters.parse(Map.of("audience", "sales",
                "acknowledgement", "true", "due", "2026-12-24", "until", "2026-12-20")).problems().get(0).messageKey());
    }

    @Test
    void aMalformedLanguageIsReportedAndIgnored() {
        AnnouncementParameters parsed = AnnouncementParameters.parse(Map.of("lang", "español"));

        assertEquals("hallway.macro.error.lang", parsed.problems().get(0).messageKey());
        assertEquals("", parsed.lang());
        assertEquals("pt-BR", AnnouncementParameters.parse(Map.of("lang", "pt_BR")).lang());
    }

    @Test
    void anOverlongTitleIsCutAndReported() {
        AnnouncementParameters parsed = AnnouncementParameters.parse(Map.of("title", "x".repeat(300)));

        assertEquals(AnnouncementParameters.MAX_TITLE, parsed.title().length());
        assertEquals("hallway.macro.error.title-too-long", parsed.problems().get(0).messageKey());
    }

    @Test
    void confluenceBookkeepingParametersAreNotTypos() {
        assertTrue(AnnouncementParameters.parse(Map.of(": = | RAW | = :", "x", "atlassian-macro-output-type", "BLOCK")).problems().isEmpty());
    }
}
