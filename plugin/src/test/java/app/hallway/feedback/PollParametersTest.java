package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PollParametersTest {
    @Test
    void readsEveryParameter() {
        PollParameters parsed = PollParameters.parse(Map.of("question", " Lunch? ", "options", "Pizza | Sushi |  | Tacos",
                "multiple", "true", "anonymous", "TRUE", "closes", "2026-12-31", "results", "after-close"));

        assertEquals(new PollDefinition("Lunch?", List.of("Pizza", "Sushi", "Tacos"), true, true, LocalDate.parse("2026-12-31"),
                PollResults.AFTER_CLOSE), parsed.definition().orElseThrow());
        assertTrue(parsed.problems().isEmpty());
    }

    @Test
    void defaultsAreSingleChoiceNamedNeverClosingResultsAfterVoting() {
        PollDefinition poll = PollParameters.parse(Map.of("question", "Q", "options", "a|b")).definition().orElseThrow();

        assertEquals(new PollDefinition("Q", List.of("a", "b"), false, false, null, PollResults.AFTER_VOTE), poll);
    }

    @Test
    void typosBecomeProblemsAndThePollStillWorks() {
        PollParameters parsed = PollParameters.parse(Map.of("question", "Q", "options", "a|b|a", "multiple", "yes",
                "closes", "31/12/2026", "results", "later", "colour", "red"));

        assertTrue(parsed.definition().isPresent());
        assertEquals(List.of("colour", "options", "multiple", "closes", "results"),
                parsed.problems().stream().map(MacroProblem::parameter).toList());
    }

    @Test
    void withoutAQuestionOrTwoOptionsThereIsNoPoll() {
        assertTrue(PollParameters.parse(Map.of("options", "a|b")).definition().isEmpty());
        assertTrue(PollParameters.parse(Map.of("question", "Q", "options", "a")).definition().isEmpty());
        assertTrue(PollParameters.parse(null).definition().isEmpty());
    }
}
