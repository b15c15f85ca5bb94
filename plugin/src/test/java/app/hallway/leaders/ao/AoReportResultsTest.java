package app.hallway.leaders.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.ComputedReport;
import app.hallway.leaders.ContentShare;
import app.hallway.leaders.DepartmentAggregate;
import app.hallway.leaders.Period;
import app.hallway.leaders.PersonStanding;
import app.hallway.leaders.ReportSummary;
import app.hallway.leaders.RetentionCut;
import app.hallway.leaders.ReviewFlag;
import app.hallway.leaders.Standing;
import app.hallway.leaders.Trend;
import app.hallway.leaders.scoring.InteractionKind;
import app.hallway.leaders.scoring.LeaderBand;
import app.hallway.leaders.scoring.LeaderGate;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoReportResultsTest {
    private static final Period PERIOD = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 29));

    private static AoReportResults results(Kind kind) {
        return new AoReportResults(TestDatabases.fresh(kind, ReportChunkEntity.class));
    }

    /** {@code people} people; every tenth a leader, one with content and flags, one without a department. */
    private static ComputedReport report(int people) {
        List<PersonStanding> standings = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            boolean leader = i % 10 == 0;
            standings.add(new PersonStanding("key-" + i, i == 3 ? null : "engineering", leader ? LeaderBand.TOP_1 : LeaderBand.OTHER,
                    leader, leader ? Set.of() : Set.of(LeaderGate.TOP_SCORE, LeaderGate.STABILITY), 12 + i % 7, 3, 0.1 * (i % 10),
                    Map.of(InteractionKind.COMMENT, 0.6, InteractionKind.LIKE, 0.1 + i * 1e-7), 0.3 - i * 1e-7, Standing.TOP_5,
                    i % 2 == 0 ? Standing.ABSENT : Standing.TOP_50, i % 2 == 0 ? Trend.NEW : Trend.RISING,
                    i == 10 ? Set.of(ReviewFlag.BURST) : Set.of(),
                    i == 10 ? List.of(new ContentShare("65538", 0.42, Set.of(InteractionKind.COMMENT, InteractionKind.LIKE))) : List.of()));
        }
        DepartmentAggregate everyone = new DepartmentAggregate(DepartmentAggregate.EVERYONE, people, people / 10, 1, 2, 3, 4,
                new int[] {1, 2, 3, 4, 5, 6, 7});
        DepartmentAggregate none = new DepartmentAggregate(null, 1, 0, 0, 0, 0, 0, new int[7]);
        ReportSummary summary = new ReportSummary(PERIOD, Instant.parse("2026-11-29T09:30:12.345Z"), 180, 50,
                List.of("engineering", "sales"), people, people - 1, people / 10, everyone, List.of(everyone, none));
        return new ComputedReport(summary, standings);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReportReadsBackAsItWasComputed(Kind kind) {
        AoReportResults results = results(kind);
        ComputedReport report = report(1_234);

        results.save(7, report);

        assertEquals(report.summary(), results.summary(7).orElseThrow());
        assertEquals(report.people().stream().filter(PersonStanding::leader).toList(), results.leaders(7));
        for (int i = 0; i < report.people().size(); i += 41) {
            PersonStanding person = report.people().get(i);
            assertEquals(person, results.person(7, person.userKey()).orElseThrow());
        }
        assertEquals(report.people().get(10), results.person(7, "key-10").orElseThrow(), "the one with content and flags");
        assertEquals(report.people().get(3), results.person(7, "key-3").orElseThrow(), "the one without a department");
        assertTrue(results.person(7, "key-nobody").isEmpty());
        assertTrue(results.summary(8).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void whatRetentionCutReadsBackWithTheReport(Kind kind) {
        AoReportResults results = results(kind);
        ReportSummary plain = report(20).summary();
        ReportSummary cut = new ReportSummary(plain.period(), plain.computedAt(), plain.halfLifeDays(), plain.resamples(),
                plain.departmentGroups(), plain.population(), plain.previousPopulation(), plain.leaders(), plain.everyone(),
                plain.departments(), new RetentionCut(LocalDate.of(2023, 3, 12), 48));

        results.save(7, new ComputedReport(cut, report(20).people()));

        assertEquals(cut, results.summary(7).orElseThrow());
    }

    @Test
    void aReportRetentionCutNothingFromIsCachedAsBeforeSoThatEarlierCachesStillRead() {
        ReportSummary summary = report(20).summary();

        String json = ReportCodec.summary(summary, 1);

        assertFalse(json.contains("keptFrom"), json);
        assertEquals(summary, ReportCodec.readSummary(json));
        assertNull(ReportCodec.readSummary(json).retentionCut());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void forgettingSomeoneRemovesThemFromEveryPart(Kind kind) {
        AoReportResults results = results(kind);
        results.save(7, report(40));

        results.forget("key-10");

        assertTrue(results.person(7, "key-10").isEmpty());
        assertTrue(results.leaders(7).stream().noneMatch(person -> person.userKey().equals("key-10")));
        assertEquals(3, results.leaders(7).size());
        assertTrue(results.person(7, "key-11").isPresent());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepingOneRunDropsTheOthers(Kind kind) {
        AoReportResults results = results(kind);
        results.save(7, report(20));
        results.save(8, report(30));

        results.keepOnly(8);

        assertTrue(results.summary(7).isEmpty());
        assertTrue(results.leaders(7).isEmpty());
        assertEquals(30, results.summary(8).orElseThrow().population());
    }
}
