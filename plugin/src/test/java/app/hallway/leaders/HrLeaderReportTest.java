package app.hallway.leaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.HallwayException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HrLeaderReportTest {
    private final LeaderReportFixture fixture = new LeaderReportFixture().computed();

    private LeaderListing everyone() {
        return fixture.asHr().listing(Optional.empty(), null, null, null);
    }

    @Test
    void onlyHrAndAdministratorsMayReadTheReport() {
        HallwayException anonymous = assertThrows(HallwayException.class, () -> fixture.report.forViewer(Optional.empty()));
        HallwayException employee = assertThrows(HallwayException.class,
                () -> fixture.report.forViewer(fixture.directory.actAs(Company.LEA).current()));

        assertEquals(HallwayException.Kind.NOT_LOGGED_IN, anonymous.kind());
        assertEquals(HallwayException.Kind.FORBIDDEN, employee.kind());
        assertEquals("hana", fixture.asHr().viewer().key());
        assertEquals("admin", fixture.report.forViewer(fixture.directory.actAs("admin").current()).viewer().key());
    }

    @Test
    void listsTheLeadersByBandWithNamesAndNoScores() {
        LeaderListing listing = everyone();

        assertTrue(listing.leaders().stream().anyMatch(row -> row.userKey().equals(Company.LEA)));
        assertEquals(listing.total(), listing.leaders().size());
        List<String> bands = listing.leaders().stream().map(LeaderRow::band).toList();
        assertEquals(bands.stream().sorted().toList(), bands);
        assertFalse(java.util.Arrays.stream(LeaderRow.class.getRecordComponents()).anyMatch(c -> c.getName().contains("score")));
    }

    @Test
    void departmentAggregatesOverFewerThanFivePeopleAreSuppressed() {
        fixture.settings.put(LeaderSettings.DEPARTMENT_GROUPS, "engineering,sales,support,marketing,hr,tiny");
        for (int number = 190; number < 194; number++) {
            fixture.directory.add(Company.person(number), "tiny");
        }
        fixture.running.request(Company.PERIOD.previous(), "hana");
        fixture.running.work();

        LeaderListing listing = fixture.asHr().listing(Optional.of(Company.PERIOD.previous()), null, null, null);
        AggregateRow tiny = listing.departments().stream().filter(d -> "tiny".equals(d.group())).findFirst().orElseThrow();
        AggregateRow hr = listing.departments().stream().filter(d -> "hr".equals(d.group())).findFirst().orElseThrow();

        assertTrue(tiny.suppressed());
        assertNull(tiny.people());
        assertNull(tiny.leaders());
        assertFalse(hr.suppressed());
        assertEquals(10, hr.people());
        LeaderListing tinyOnly = fixture.asHr().listing(Optional.of(Company.PERIOD.previous()), "tiny", null, null);
        assertTrue(tinyOnly.population().suppressed());
        assertTrue(tinyOnly.distribution().isEmpty());
    }

    @Test
    void distributionBarsOfOneToFourPeopleAreSuppressed() {
        LeaderListing listing = everyone();
        int shown = 0;
        int suppressed = 0;
        for (BinRow bin : listing.distribution()) {
            assertTrue(bin.suppressed() ? bin.people() == null : bin.people() == 0 || bin.people() >= 5, bin.toString());
            shown += bin.suppressed() ? 0 : bin.people();
            suppressed += bin.suppressed() ? 1 : 0;
        }
        int hidden = listing.population().people() - shown;
        assertTrue(hidden >= suppressed && hidden <= 4 * suppressed, "hidden " + hidden + " in " + suppressed + " bars");
    }

    @Test
    void filtersByDepartmentGroupAndRejectsOthers() {
        LeaderListing sales = fixture.asHr().listing(Optional.empty(), "sales", null, null);

        assertTrue(sales.leaders().stream().allMatch(row -> "sales".equals(row.department())));
        assertEquals("sales", sales.group());
        HallwayException unknown = assertThrows(HallwayException.class,
                () -> fixture.asHr().listing(Optional.empty(), "finance", null, null));
        assertEquals("group", unknown.field());
    }

    @Test
    void pagesThroughTheLeadersWithACursor() {
        LeaderListing all = everyone();
        List<LeaderRow> paged = new ArrayList<>();
        String cursor = null;
        do {
            LeaderListing page = fixture.asHr().listing(Optional.empty(), null, 1, cursor);
            paged.addAll(page.leaders());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertEquals(all.leaders(), paged);
        assertEquals("cursor", assertThrows(HallwayException.class,
                () -> fixture.asHr().listing(Optional.empty(), null, null, "minus-one")).field());
        assertEquals("limit", assertThrows(HallwayException.class,
                () -> fixture.asHr().listing(Optional.empty(), null, 0, null)).field());
    }

    @Test
    void someoneWhoObjectsAfterTheComputationIsNoLongerShown() {
        fixture.objections.object(Company.LEA, FixedTimeInstant.NOW);

        assertTrue(everyone().leaders().stream().noneMatch(row -> row.userKey().equals(Company.LEA)));
        assertEquals(HallwayException.Kind.NOT_FOUND, assertThrows(HallwayException.class,
                () -> fixture.asHr().person(Optional.empty(), Company.LEA)).kind());
    }

    @Test
    void theDrillDownExplainsWithSharesCountsTrendAndOnlyContentTheViewerMaySee() {
        PersonDetail lea = fixture.asHr().person(Optional.empty(), Company.LEA);

        double sum = lea.baselineShare() + lea.contributions().stream().mapToDouble(KindShare::share).sum();
        assertEquals(1, sum, 1e-9);
        assertEquals("RISING", lea.trend());
        assertEquals(4, lea.endorserDepartments());
        assertEquals(List.of("Engineering handbook", "On-call rota"), lea.topContent().stream().map(ContentItem::title).toList(),
                "page 1003 is restricted to the administrator");
    }

    @Test
    void periodsAreValidatedFieldByField() {
        assertEquals("to", assertThrows(HallwayException.class, () -> fixture.report.parsePeriod(null, "2099-01-01")).field());
        assertEquals("from", assertThrows(HallwayException.class, () -> fixture.report.parsePeriod("2026-13-01", null)).field());
        assertEquals("from", assertThrows(HallwayException.class, () -> fixture.report.parsePeriod("2026-11-01", "2026-10-01")).field());
        assertEquals("from", assertThrows(HallwayException.class, () -> fixture.report.parsePeriod("2020-01-01", "2026-10-01")).field());
        assertEquals(Optional.empty(), fixture.report.parsePeriod(null, " "));
        assertEquals(Company.TODAY, fixture.report.parsePeriodOrDefault(null, null).to());
    }

    @Test
    void aPeriodThatWasNotComputedIsNotFound() {
        HallwayException missing = assertThrows(HallwayException.class,
                () -> fixture.asHr().listing(Optional.of(Company.PERIOD.previous()), null, null, null));

        assertEquals(HallwayException.Kind.NOT_FOUND, missing.kind());
    }
}
