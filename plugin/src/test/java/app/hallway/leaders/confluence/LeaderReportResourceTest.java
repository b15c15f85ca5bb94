package app.hallway.leaders.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.Company;
import app.hallway.leaders.LeaderListing;
import app.hallway.leaders.LeaderReportFixture;
import app.hallway.leaders.LeaderSettings;
import app.hallway.leaders.Period;
import app.hallway.leaders.RollupArchives;
import app.hallway.leaders.RunState;
import app.hallway.leaders.RunStatus;
import app.hallway.platform.HallwayException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeaderReportResourceTest {
    private final LeaderReportFixture fixture = new LeaderReportFixture();
    private final ReportWorker worker = new ReportWorker(fixture.runs, fixture.results, fixture.log, RollupArchives.NONE, fixture.objections,
            fixture.directory, fixture.settings, fixture.locks, fixture.time);
    private final LeaderReportResource resource = new LeaderReportResource(fixture.runs, fixture.results, fixture.objections,
            fixture.directory, fixture.contents, fixture.settings, fixture.texts, fixture.time, worker);

    @AfterEach
    void stopWorker() {
        worker.stop();
    }

    private String csv() {
        Response response = resource.listing(null, null, null, "csv", null, null);
        assertEquals("text/csv", response.getMediaType().getType() + "/" + response.getMediaType().getSubtype());
        assertEquals("UTF-8", response.getMediaType().getParameters().get("charset"));
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }

    @Test
    void onlyHrAndAdministratorsMayReadOrCompute() {
        fixture.computed();
        fixture.directory.actAs(Company.LEA);

        assertEquals(HallwayException.Kind.FORBIDDEN, assertThrows(HallwayException.class,
                () -> resource.listing(null, null, null, null, null, null)).kind());
        assertEquals(HallwayException.Kind.FORBIDDEN, assertThrows(HallwayException.class,
                () -> resource.person(Company.LEA, null, null)).kind());
        assertEquals(HallwayException.Kind.FORBIDDEN, assertThrows(HallwayException.class,
                () -> resource.compute(new LeaderReportResource.ComputationRequest(null, null))).kind());
        fixture.directory.actAs(null);
        assertEquals(HallwayException.Kind.NOT_LOGGED_IN, assertThrows(HallwayException.class,
                () -> resource.latestComputation()).kind());
    }

    @Test
    void theCsvExportNeutralisesFormulasAndShowsNoScores() {
        fixture.computed();
        fixture.directory.addNamed(Company.LEA, "=HYPERLINK(\"http://evil.example\",\"Lea\")", "engineering");
        fixture.directory.actAs("hana");

        String csv = csv();

        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read UTF-8");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Lea\"\")\""), csv);
        assertFalse(csv.toLowerCase().contains("score"), csv.lines().findFirst().orElse(""));
        assertTrue(csv.lines().findFirst().orElseThrow().contains("Band"));
    }

    @Test
    void badParametersAre400sNamingTheField() {
        fixture.computed();
        fixture.directory.actAs("hana");

        assertEquals("format", assertThrows(HallwayException.class, () -> resource.listing(null, null, null, "xml", null, null)).field());
        assertEquals("limit", assertThrows(HallwayException.class, () -> resource.listing(null, null, null, null, "ten", null)).field());
        assertEquals("from", assertThrows(HallwayException.class, () -> resource.listing("yesterday", null, null, null, null, null)).field());
        assertEquals("id", assertThrows(HallwayException.class, () -> resource.computation("first")).field());
    }

    private JsonNode json(String from, String to) throws Exception {
        return new ObjectMapper().valueToTree(resource.listing(from, to, null, null, null, null).getEntity());
    }

    private void computed(String from, String to) {
        fixture.running.request(new Period(LocalDate.parse(from), LocalDate.parse(to)), "hana");
        fixture.running.work();
    }

    @Test
    void theJsonSaysWhenRetentionCutTheReportOrOnlyItsTrend() throws Exception {
        // As the retention job records it once it has deleted the rollups before 28 November 2023.
        fixture.settings.put(LeaderSettings.ROLLUPS_KEPT_FROM, "2023-11-28;36");
        fixture.computed();
        fixture.directory.actAs("hana");
        assertTrue(json(null, null).get("retentionCut").isNull(), "a report ending today lost nothing");

        computed("2024-03-01", "2024-08-31");
        JsonNode trendCut = json("2024-03-01", "2024-08-31").get("retentionCut");
        computed("2023-06-01", "2023-11-30");
        JsonNode reportCut = json("2023-06-01", "2023-11-30").get("retentionCut");

        assertEquals("{\"firstDayKept\":\"2023-11-28\",\"retentionMonths\":36,\"cut\":\"TREND\"}", trendCut.toString());
        assertEquals("{\"firstDayKept\":\"2023-11-28\",\"retentionMonths\":36,\"cut\":\"REPORT\"}", reportCut.toString());
    }

    @Test
    void aComputationRunsInTheBackgroundAndItsProgressCanBeFollowed() throws Exception {
        fixture.directory.actAs("hana");

        Response accepted = resource.compute(new LeaderReportResource.ComputationRequest(Company.PERIOD.from().toString(),
                Company.PERIOD.to().toString()));

        assertEquals(202, accepted.getStatus());
        RunStatus status = (RunStatus) accepted.getEntity();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!status.state().equals(RunState.DONE.name()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            status = (RunStatus) resource.computation(String.valueOf(status.id())).getEntity();
        }
        assertEquals(RunState.DONE.name(), status.state(), status.toString());
        assertEquals(100, status.percent());
        LeaderListing listing = (LeaderListing) resource.listing(null, null, null, null, null, null).getEntity();
        assertTrue(listing.leaders().stream().anyMatch(row -> row.userKey().equals(Company.LEA)));
    }
}
