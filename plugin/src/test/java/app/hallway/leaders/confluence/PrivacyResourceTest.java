package app.hallway.leaders.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.Company;
import app.hallway.leaders.LeaderReportFixture;
import app.hallway.leaders.MyData;
import app.hallway.platform.HallwayException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrivacyResourceTest {
    private final LeaderReportFixture fixture = new LeaderReportFixture().computed();
    private final PrivacyResource resource = new PrivacyResource(fixture.objections, fixture.log, fixture.runs, fixture.results,
            fixture.directory, fixture.texts, fixture.time);

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

        MyData json = (MyData) resource.export(null).getEntity();
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
}
