package app.hallway.leaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.HallwayException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfilingPrivacyTest {
    private final LeaderReportFixture fixture = new LeaderReportFixture().computed();

    private Optional<app.hallway.platform.Person> as(String key) {
        return fixture.directory.actAs(key).current();
    }

    @Test
    void anEmployeeSeesWhatIsRecordedAboutThemWithoutNamingAnyoneElse() {
        MyData lea = fixture.privacy.export(as(Company.LEA));

        assertFalse(lea.objected());
        assertTrue(lea.received().stream().anyMatch(count -> count.type().equals("COMMENT") && count.count() == 30));
        assertTrue(lea.interactions().stream().allMatch(day -> day.direction().equals("given") || day.direction().equals("received")));
        assertNotNull(lea.latestReport());
        assertTrue(lea.latestReport().leader());
        assertFalse(java.util.Arrays.stream(MyData.InteractionDay.class.getRecordComponents())
                .anyMatch(component -> component.getName().contains("actor") || component.getName().contains("target")));
    }

    @Test
    void objectingLeavesThemOutOfTheNextComputationWithAllTheirEdges() {
        assertTrue(fixture.privacy.setObjection(as(Company.LEA), true));
        fixture.running.request(Company.PERIOD.previous(), "hana");
        fixture.running.work();

        assertTrue(fixture.results.person(fixture.runs.latestDone().orElseThrow().id(), Company.LEA).isEmpty());
        assertTrue(fixture.privacy.export(as(Company.LEA)).objected());
        assertFalse(fixture.privacy.setObjection(as(Company.LEA), false));
    }

    @Test
    void erasingRemovesTheirInteractionsAndTheirEntryButKeepsTheObjection() {
        fixture.privacy.setObjection(as(Company.QUIET), true);

        int erased = fixture.privacy.erase(as(Company.QUIET));

        assertTrue(erased > 0);
        MyData after = fixture.privacy.export(as(Company.QUIET));
        assertTrue(after.interactions().isEmpty());
        assertNull(after.latestReport());
        assertTrue(after.objected(), "the objection is what keeps them out of future reports");
    }

    @Test
    void nobodyAnonymousHasData() {
        assertEquals(HallwayException.Kind.NOT_LOGGED_IN,
                assertThrows(HallwayException.class, () -> fixture.privacy.export(Optional.empty())).kind());
    }
}
