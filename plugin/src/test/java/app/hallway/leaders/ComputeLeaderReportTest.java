package app.hallway.leaders;

import static app.hallway.leaders.Company.BURST;
import static app.hallway.leaders.Company.FADING;
import static app.hallway.leaders.Company.LEA;
import static app.hallway.leaders.Company.NEWCOMER;
import static app.hallway.leaders.Company.PERIOD;
import static app.hallway.leaders.Company.QUIET;
import static app.hallway.leaders.Company.RING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.scoring.InteractionKind;
import app.hallway.leaders.scoring.LeaderBand;
import app.hallway.leaders.scoring.LeaderCriteria;
import app.hallway.testing.FixedTime;
import app.hallway.testing.InMemoryDirectory;
import app.hallway.testing.InMemorySettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComputeLeaderReportTest {
    private final InMemorySettings settings = new InMemorySettings();
    private final InMemoryObjections objections = new InMemoryObjections();
    private final InMemoryDirectory directory = Company.directory();

    private ComputedReport compute(InMemoryInteractionHistory log) {
        return new ComputeLeaderReport(log, objections, directory, new LeaderSettings(settings), new FixedTime(Company.TODAY),
                LeaderCriteria.standard().withResamples(20)).compute(PERIOD, ReportProgress.IGNORED);
    }

    private ComputedReport compute(Period period) {
        return new ComputeLeaderReport(Company.log(), objections, directory, new LeaderSettings(settings), new FixedTime(Company.TODAY),
                LeaderCriteria.standard().withResamples(20)).compute(period, ReportProgress.IGNORED);
    }

    private static Optional<PersonStanding> find(ComputedReport report, String key) {
        return report.people().stream().filter(person -> person.userKey().equals(key)).findFirst();
    }

    private static PersonStanding person(ComputedReport report, String key) {
        return find(report, key).orElseThrow(() -> new AssertionError(key + " is not in the report"));
    }

    @Test
    void anObjectorVanishesWithAllTheirEdges() {
        objections.object(QUIET, FixedTimeInstant.NOW);

        ComputedReport withObjection = compute(Company.log());
        objections.withdraw(QUIET);
        ComputedReport neverHere = compute(Company.log().without(QUIET));

        assertTrue(find(withObjection, QUIET).isEmpty());
        assertEquals(neverHere.people(), withObjection.people());
        assertEquals(neverHere.summary(), withObjection.summary());
    }

    @Test
    void peopleNoLongerInTheDirectoryDoNotCount() {
        ComputedReport everyone = compute(Company.log());
        directory.remove(QUIET);

        ComputedReport afterTheyLeft = compute(Company.log());

        assertTrue(find(everyone, QUIET).isPresent());
        assertTrue(find(afterTheyLeft, QUIET).isEmpty());
        assertEquals(compute(Company.log().without(QUIET)).people(), afterTheyLeft.people());
    }

    @Test
    void aDeactivatedColleagueIsNotReportedButTheEndorsementsTheyGaveStillCount() {
        String endorserOfLea = Company.person(3);
        PersonStanding leaBefore = person(compute(Company.log()), LEA);
        directory.deactivate(endorserOfLea);

        ComputedReport afterDeactivation = compute(Company.log());
        directory.remove(endorserOfLea);
        ComputedReport afterDeletion = compute(Company.log());

        assertTrue(find(afterDeactivation, endorserOfLea).isEmpty());
        PersonStanding lea = person(afterDeactivation, LEA);
        assertEquals(leaBefore.distinctEndorsers(), lea.distinctEndorsers(), "a colleague who left once endorsed Lea");
        assertEquals(leaBefore.endorserDepartments(), lea.endorserDepartments());
        assertTrue(lea.leader(), lea.toString());
        assertEquals(leaBefore.distinctEndorsers() - 1, person(afterDeletion, LEA).distinctEndorsers(),
                "a deleted user leaves with every interaction, as an objector does");
    }

    @Test
    void aDeactivatedLeaderTakesNoPlaceInTheRankingOrItsCounts() {
        ComputedReport everyone = compute(Company.log());
        directory.deactivate(LEA);

        ComputedReport report = compute(Company.log());

        assertTrue(find(report, LEA).isEmpty());
        assertEquals(everyone.summary().population() - 1, report.summary().population());
        assertEquals(report.summary().population(), report.summary().everyone().people());
        long inTopBands = report.people().stream().filter(person -> person.band() != LeaderBand.OTHER).count();
        assertEquals((long) Math.ceil(0.05 * report.summary().population()), inTopBands,
                "the top 5 % are counted among the people ranked, without the deactivated leader");
    }

    @Test
    void aBroadlyEndorsedColleagueIsALeaderWithDepartmentsFromGroups() {
        PersonStanding lea = person(compute(Company.log()), LEA);

        assertTrue(lea.leader(), lea.toString());
        assertEquals("engineering", lea.department());
        assertEquals(4, lea.endorserDepartments(), "engineering, sales, support and marketing");
        assertTrue(lea.distinctEndorsers() >= 30, lea.toString());
        assertNull(person(compute(Company.log()), "p197").department());
    }

    @Test
    void sharesByKindAndTheBaselineAddUpToOne() {
        for (PersonStanding person : compute(Company.log()).people()) {
            double sum = person.baselineShare() + person.shareByKind().values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(1, sum, 1e-9, person.userKey());
        }
    }

    @Test
    void trendComparesWithThePreviousPeriod() {
        ComputedReport report = compute(Company.log());

        assertEquals(Trend.RISING, person(report, LEA).trend());
        assertEquals(Trend.FALLING, person(report, FADING).trend());
        assertTrue(person(report, FADING).previousStanding().compareTo(Standing.TOP_5) <= 0);
        assertEquals(Trend.NEW, person(report, NEWCOMER).trend());
        assertEquals(Standing.ABSENT, person(report, NEWCOMER).previousStanding());
    }

    @Test
    void selfInteractionsAndViewsCountNothingByDefault() {
        ComputedReport plain = compute(Company.log());
        InMemoryInteractionHistory noisy = Company.log();
        for (int k = 0; k < 40; k++) {
            noisy.rollup(QUIET, QUIET, InteractionType.COMMENT, PERIOD.to(), 50);
            noisy.rollup(Company.person(10 + k), QUIET, InteractionType.VIEW, PERIOD.to(), 50);
        }

        assertEquals(plain.people(), compute(noisy).people());

        settings.put(LeaderSettings.COUNT_VIEWS, "true");
        assertTrue(person(compute(noisy), QUIET).shareByKind().containsKey(InteractionKind.VIEW));
    }

    @Test
    void topContentIsTheThreeContributionsWithTheMostEngagement() {
        PersonStanding lea = person(compute(Company.log()), LEA);

        assertEquals(List.of("1001", "1002", "1003"), lea.topContent().stream().map(ContentShare::contentId).toList());
        assertEquals(Set.of(InteractionKind.COMMENT), lea.topContent().get(0).kinds());
        assertTrue(lea.topContent().get(0).share() > lea.topContent().get(1).share());
    }

    @Test
    void burstsAndReciprocalClustersAreFlaggedButNeverPenalised() {
        ComputedReport report = compute(Company.log());
        PersonStanding burst = person(report, BURST);
        PersonStanding ring = person(report, RING);

        assertTrue(burst.flags().contains(ReviewFlag.BURST), burst.toString());
        assertTrue(burst.leader(), "a burst is shown to a human, not held against anyone: " + burst);
        assertTrue(ring.flags().contains(ReviewFlag.RECIPROCAL_CLUSTER), ring.toString());
        assertFalse(person(report, LEA).flags().contains(ReviewFlag.BURST));
    }

    @Test
    void departmentCountsCoverEveryoneScored() {
        ReportSummary summary = compute(Company.log()).summary();

        assertEquals(summary.population(), summary.everyone().people());
        assertEquals(summary.population(), summary.departments().stream().mapToInt(DepartmentAggregate::people).sum());
        assertEquals(10, summary.departments().stream().filter(d -> "hr".equals(d.group())).findFirst().orElseThrow().people());
        assertEquals(summary.leaders(), summary.everyone().leaders());
        assertEquals(summary.population(), java.util.Arrays.stream(summary.everyone().distribution()).sum());
    }

    @Test
    void leadersComeFirstTopBandFirst() {
        List<PersonStanding> people = compute(Company.log()).people();
        List<PersonStanding> leaders = people.stream().filter(PersonStanding::leader).toList();

        assertEquals(leaders, people.subList(0, leaders.size()));
        assertTrue(leaders.stream().map(PersonStanding::band).toList().equals(
                leaders.stream().map(PersonStanding::band).sorted().toList()));
        assertTrue(people.stream().filter(p -> !p.leader()).allMatch(p -> p.band() == LeaderBand.OTHER || !p.failedGates().isEmpty()));
    }

    @Test
    void aReportOfAPeriodEndingTodayLostNothingToRetention() {
        settings.put(LeaderSettings.ROLLUPS_KEPT_FROM, "2023-11-28;36");

        assertNull(compute(Company.log()).summary().retentionCut());
    }

    @Test
    void aPeriodStartingBeforeTheFirstDayKeptSaysTheReportIsIncomplete() {
        // The retention job, run on 29 November 2026 with 36 months kept, deleted the rollups before 28 November 2023.
        settings.put(LeaderSettings.ROLLUPS_KEPT_FROM, "2023-11-28;36");
        Period period = new Period(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 11, 30));

        RetentionCut cut = compute(period).summary().retentionCut();

        assertEquals(new RetentionCut(LocalDate.of(2023, 11, 28), 36), cut);
        assertTrue(cut.cutsReport(period), "the report itself counts less than the period chosen");
    }

    @Test
    void aPeriodWhosePreviousPeriodStartsBeforeTheFirstDayKeptSaysOnlyTheTrendIsIncomplete() {
        settings.put(LeaderSettings.ROLLUPS_KEPT_FROM, "2023-11-28;36");
        Period period = new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31));

        RetentionCut cut = compute(period).summary().retentionCut();

        assertEquals(new RetentionCut(LocalDate.of(2023, 11, 28), 36), cut);
        assertFalse(cut.cutsReport(period), "the period is kept whole; its trend compares with " + period.previous());
    }

    @Test
    void nothingIsCutBeforeTheRetentionJobHasEverDeleted() {
        Period longAgo = new Period(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 31));

        assertNull(compute(longAgo).summary().retentionCut(), "no run, no rows gone, whatever the setting");
    }

    @Test
    void aRetentionRaisedAfterTheJobDeletedStillSaysWhatIsGone() {
        settings.put(LeaderSettings.ROLLUPS_KEPT_FROM, "2023-11-28;36");
        settings.put(LeaderSettings.ROLLUP_RETENTION_MONTHS, "60");

        RetentionCut cut = compute(new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31))).summary().retentionCut();

        assertEquals(new RetentionCut(LocalDate.of(2023, 11, 28), 36), cut, "the notice names the retention that deleted");
    }

    @Test
    void aRetentionJustLoweredCutsNothingUntilTheJobDeletes() {
        settings.put(LeaderSettings.ROLLUPS_KEPT_FROM, "2021-11-29;60");
        settings.put(LeaderSettings.ROLLUP_RETENTION_MONTHS, "36");

        assertNull(compute(new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31))).summary().retentionCut(),
                "the rollups of 2023 are still there until the next run");
        RetentionCut cut = compute(new Period(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 31))).summary().retentionCut();
        assertEquals(new RetentionCut(LocalDate.of(2021, 11, 29), 60), cut);
    }

    @Test
    void progressGoesThroughEveryStageInOrder() {
        List<RunStage> stages = new ArrayList<>();
        new ComputeLeaderReport(Company.log(), objections, directory, new LeaderSettings(settings), new FixedTime(Company.TODAY),
                LeaderCriteria.standard().withResamples(4)).compute(PERIOD, (stage, fraction) -> {
                    if (stages.isEmpty() || stages.get(stages.size() - 1) != stage) {
                        stages.add(stage);
                    }
                });

        assertEquals(List.of(RunStage.READING, RunStage.DIRECTORY, RunStage.SCORING, RunStage.STABILITY, RunStage.EXPLAINING),
                stages);
    }
}
