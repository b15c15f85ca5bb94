package app.hallway.leaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;

class RunLeaderReportsTest {
    private final LeaderReportFixture fixture = new LeaderReportFixture();

    @Test
    void aSecondRequestWhileOneIsActiveQueuesNothing() {
        ReportRuns.Requested first = fixture.running.request(Company.PERIOD, "hana");
        ReportRuns.Requested second = fixture.running.request(Company.PERIOD, "admin");

        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.run().id(), second.run().id());
        assertEquals(1, fixture.runs.all().size());
    }

    @Test
    void workComputesTheQueuedRunCachesItAndFinishes() {
        long id = fixture.running.request(Company.PERIOD, "hana").run().id();

        assertTrue(fixture.running.work());

        ReportRun run = fixture.runs.byId(id).orElseThrow();
        assertEquals(RunState.DONE, run.state());
        assertEquals(100, run.percent());
        assertTrue(fixture.results.summary(id).isPresent());
        assertTrue(fixture.runs.active().isEmpty());
    }

    @Test
    void aNodeWithoutTheClusterLockComputesNothing() {
        long id = fixture.running.request(Company.PERIOD, "hana").run().id();
        fixture.locks.holdElsewhere(RunLeaderReports.LOCK);

        assertFalse(fixture.running.work());
        assertEquals(RunState.QUEUED, fixture.runs.byId(id).orElseThrow().state());
        assertTrue(fixture.running.waiting(id).isPresent());

        fixture.locks.release(RunLeaderReports.LOCK);
        assertTrue(fixture.running.work());
        assertEquals(RunState.DONE, fixture.runs.byId(id).orElseThrow().state());
    }

    @Test
    void theResultIsCachedUntilTheNextRun() {
        fixture.running.request(Company.PERIOD, "hana");
        fixture.running.work();
        fixture.running.request(Company.PERIOD.previous(), "hana");
        fixture.running.work();

        assertEquals(1, fixture.results.cached());
        assertEquals(Company.PERIOD.previous(), fixture.runs.latestDone().orElseThrow().period());
    }

    @Test
    void aRunWhoseNodeStoppedReportingIsFailedAndMayBeRequestedAgain() {
        long stuck = fixture.running.request(Company.PERIOD, "hana").run().id();
        fixture.runs.claim(stuck, fixture.time.now());
        fixture.time.advance(RunLeaderReports.STALLED.plusMinutes(1));

        ReportRuns.Requested again = fixture.running.request(Company.PERIOD, "hana");

        assertTrue(again.created());
        assertEquals(RunState.FAILED, fixture.runs.byId(stuck).orElseThrow().state());
        assertEquals(RunLeaderReports.STALLED_FAILURE, fixture.runs.byId(stuck).orElseThrow().failure());
    }

    @Test
    void aFailureIsRecordedAndKeepsThePreviousReport() {
        fixture.running.request(Company.PERIOD, "hana");
        fixture.running.work();
        RunLeaderReports broken = new RunLeaderReports(fixture.runs, fixture.results,
                new ComputeLeaderReport(new FailingHistory(), fixture.objections, fixture.directory,
                        new LeaderSettings(fixture.settings), fixture.time), fixture.locks, fixture.time, RollupArchives.NONE);
        long id = broken.request(Company.PERIOD.previous(), "hana").run().id();

        broken.work();

        assertEquals(RunState.FAILED, fixture.runs.byId(id).orElseThrow().state());
        assertTrue(fixture.runs.byId(id).orElseThrow().failure().contains("database went away"));
        assertEquals(Company.PERIOD, fixture.runs.latestDone().orElseThrow().period());
        assertEquals(1, fixture.results.cached());
    }

    @Test
    void progressIsWrittenAsTheComputationGoes() {
        ProgressLog progress = new ProgressLog(fixture.runs);
        RunLeaderReports watched = new RunLeaderReports(progress, fixture.results, fixture.compute, fixture.locks, fixture.time,
                RollupArchives.NONE);
        watched.request(Company.PERIOD, "hana");
        fixture.time.advance(Duration.ofSeconds(2));

        watched.work();

        assertTrue(progress.stages.contains(RunStage.READING), progress.stages.toString());
        assertTrue(progress.stages.contains(RunStage.STABILITY), progress.stages.toString());
        assertTrue(progress.stages.contains(RunStage.SAVING), progress.stages.toString());
    }

    @Test
    void closedMonthsAreArchivedFirstAsAStageOfTheirOwn() {
        ProgressLog progress = new ProgressLog(fixture.runs);
        Archives archives = new Archives(null);
        RunLeaderReports watched = new RunLeaderReports(progress, fixture.results, fixture.compute, fixture.locks, fixture.time,
                archives);
        long id = watched.request(Company.PERIOD, "hana").run().id();

        watched.work();

        assertEquals(List.of(Company.TODAY), archives.days);
        assertEquals(RunStage.COMPACTING, progress.stages.get(0));
        assertTrue(progress.stages.indexOf(RunStage.READING) > progress.stages.lastIndexOf(RunStage.COMPACTING), progress.stages.toString());
        assertEquals(RunState.DONE, fixture.runs.byId(id).orElseThrow().state());
    }

    @Test
    void aRunWhoseArchivingFailsStillComputesTheReportFromTheRows() {
        RunLeaderReports running = new RunLeaderReports(fixture.runs, fixture.results, fixture.compute, fixture.locks, fixture.time,
                new Archives(new IllegalStateException("disk full")));
        long id = running.request(Company.PERIOD, "hana").run().id();

        running.work();

        assertEquals(RunState.DONE, fixture.runs.byId(id).orElseThrow().state());
        assertTrue(fixture.results.summary(id).isPresent());
    }

    /** Archives that remember the days they were asked to archive on, and fail if told to. */
    private static final class Archives implements RollupArchives {
        private final RuntimeException failure;
        private final List<LocalDate> days = new ArrayList<>();

        Archives(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public int compactClosedMonths(LocalDate today, DoubleConsumer progress) {
            days.add(today);
            progress.accept(0.5);
            if (failure != null) {
                throw failure;
            }
            progress.accept(1);
            return 1;
        }

        @Override
        public void forgetMonthsBefore(LocalDate firstKeptDay) {
        }
    }

    /** A log whose database fails mid-read. */
    private static final class FailingHistory implements InteractionHistory {
        @Override
        public void forEachDailyRollup(java.time.LocalDate from, java.time.LocalDate to, DailyRollupVisitor visitor) {
            throw new IllegalStateException("database went away");
        }

        @Override
        public long countDailyRollups(java.time.LocalDate from, java.time.LocalDate to) {
            return 0;
        }

        @Override
        public void forEachRetainedInteraction(java.time.LocalDate from, java.time.LocalDate to,
                                               java.util.function.Consumer<Interaction> visitor) {
        }
    }

    /** Runs that remember every stage progress was written for. */
    private static final class ProgressLog implements ReportRuns {
        private final ReportRuns runs;
        private final java.util.List<RunStage> stages = new java.util.ArrayList<>();

        ProgressLog(ReportRuns runs) {
            this.runs = runs;
        }

        @Override
        public Requested request(Period period, String requestedBy, java.time.Instant at) {
            return runs.request(period, requestedBy, at);
        }

        @Override
        public java.util.Optional<ReportRun> byId(long id) {
            return runs.byId(id);
        }

        @Override
        public java.util.Optional<ReportRun> active() {
            return runs.active();
        }

        @Override
        public java.util.Optional<ReportRun> latestDone() {
            return runs.latestDone();
        }

        @Override
        public java.util.Optional<ReportRun> latest() {
            return runs.latest();
        }

        @Override
        public boolean claim(long id, java.time.Instant at) {
            return runs.claim(id, at);
        }

        @Override
        public synchronized void progress(long id, RunStage stage, int percent, java.time.Instant at) {
            stages.add(stage);
            runs.progress(id, stage, percent, at);
        }

        @Override
        public void finish(long id, java.time.Instant at) {
            runs.finish(id, at);
        }

        @Override
        public void fail(long id, String failure, java.time.Instant at) {
            runs.fail(id, failure, at);
        }
    }
}
