package app.hallway.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedParametersTest {
    @Test
    void defaultsAreEverySpaceEveryPriorityTwenty() {
        FeedParameters parsed = FeedParameters.parse(Map.of());

        assertEquals(FeedQuery.everything(), parsed.query());
        assertEquals(20, parsed.max());
        assertTrue(parsed.problems().isEmpty());
    }

    @Test
    void spacesPriorityAndMaxAreRead() {
        FeedParameters parsed = FeedParameters.parse(Map.of("spaces", "HR, NEWS,~hana", "priority", "Important", "max", "5"));

        assertEquals(new FeedQuery(Set.of("HR", "NEWS", "~hana"), Priority.IMPORTANT), parsed.query());
        assertEquals(5, parsed.max());
    }

    @Test
    void badValuesAreReportedAndDefaultsUsed() {
        FeedParameters parsed = FeedParameters.parse(Map.of("max", "500", "colour", "red", "spaces", "<b>"));

        assertEquals(20, parsed.max());
        assertEquals(List.of("colour", "spaces", "max"), parsed.problems().stream().map(ParameterProblem::parameter).toList());
    }
}
