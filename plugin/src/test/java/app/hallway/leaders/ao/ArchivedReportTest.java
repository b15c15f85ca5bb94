package app.hallway.leaders.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.Company;
import app.hallway.leaders.ComputeLeaderReport;
import app.hallway.leaders.ComputedReport;
import app.hallway.leaders.InMemoryObjections;
import app.hallway.leaders.LeaderSettings;
import app.hallway.leaders.ReportProgress;
import app.hallway.testing.FixedTime;
import app.hallway.testing.InMemorySettings;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The report computed over archived months is the report computed over rows, objectors left out of both. */
class ArchivedReportTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anObjectorVanishesAlsoWhenTheMonthsAreArchived(Kind kind) {
        ArchivedLog log = new ArchivedLog(kind);
        Company.log().forEachDailyRollup(Company.BEFORE.from(), Company.TODAY, (actor, target, type, day, count) ->
                log.rollup(actor, target, type, java.time.LocalDate.ofEpochDay(day), count));
        log.write();
        InMemoryObjections objections = new InMemoryObjections();
        objections.object(Company.LEA, Instant.parse("2026-11-01T00:00:00Z"));
        ComputeLeaderReport compute = new ComputeLeaderReport(log.history, objections, Company.directory(),
                new LeaderSettings(new InMemorySettings()), new FixedTime(Company.TODAY));

        List<String> fromRows = standings(compute.compute(Company.PERIOD, ReportProgress.IGNORED));
        int archived = log.history.compactClosedMonths(Company.TODAY, fraction -> { });
        List<String> fromArchives = standings(compute.compute(Company.PERIOD, ReportProgress.IGNORED));

        assertEquals(11, archived, "December 2025 to October 2026");
        assertTrue(fromRows.size() > 150, fromRows.toString());
        assertTrue(fromRows.stream().noneMatch(person -> person.startsWith(Company.LEA + " ")), fromRows.toString());
        assertEquals(fromRows, fromArchives);
    }

    /** What HR sees of each person, without the last bits of sums that depend on the order rollups were read in. */
    private static List<String> standings(ComputedReport report) {
        return report.people().stream().map(person -> person.userKey() + " " + person.band() + " " + person.leader() + " "
                + person.distinctEndorsers() + " " + person.endorserDepartments() + " " + person.standing() + " "
                + person.previousStanding() + " " + person.trend() + " " + person.flags()).toList();
    }
}
