package app.hallway.leaders.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.Period;
import app.hallway.leaders.ReportRun;
import app.hallway.leaders.ReportRuns;
import app.hallway.leaders.RunStage;
import app.hallway.leaders.RunState;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoReportRunsTest {
    private static final Period PERIOD = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 29));
    private static final Instant AT = Instant.parse("2026-11-29T09:00:00Z");

    private static AoReportRuns runs(Kind kind) {
        return new AoReportRuns(TestDatabases.fresh(kind, ReportRunEntity.class));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRunGoesFromQueuedThroughRunningToDone(Kind kind) {
        AoReportRuns runs = runs(kind);
        ReportRun queued = runs.request(PERIOD, "k-hana", AT).run();

        assertEquals(RunState.QUEUED, queued.state());
        assertTrue(runs.claim(queued.id(), AT.plusSeconds(1)));
        assertFalse(runs.claim(queued.id(), AT.plusSeconds(2)), "a run is claimed once");
        runs.progress(queued.id(), RunStage.STABILITY, 63, AT.plusSeconds(3));
        ReportRun running = runs.byId(queued.id()).orElseThrow();
        runs.finish(queued.id(), AT.plusSeconds(4));

        assertEquals(RunStage.STABILITY, running.stage());
        assertEquals(63, running.percent());
        assertEquals(AT.plusSeconds(3), running.heartbeat());
        ReportRun done = runs.latestDone().orElseThrow();
        assertEquals(queued.id(), done.id());
        assertEquals(PERIOD, done.period());
        assertEquals(100, done.percent());
        assertTrue(runs.active().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onlyOneRunIsActiveEvenWhenNodesAskAtOnce(Kind kind) throws Exception {
        AoReportRuns runs = runs(kind);
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Callable<ReportRuns.Requested>> asks = new ArrayList<>();
        for (int node = 0; node < 8; node++) {
            asks.add(() -> runs.request(PERIOD, "k-hana", AT));
        }
        List<ReportRuns.Requested> answers = new ArrayList<>();
        for (Future<ReportRuns.Requested> answer : nodes.invokeAll(asks)) {
            answers.add(answer.get());
        }
        nodes.shutdown();

        assertEquals(1, answers.stream().filter(ReportRuns.Requested::created).count());
        assertEquals(1, answers.stream().map(answer -> answer.run().id()).distinct().count());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFinishedOrFailedRunFreesTheSlotForTheNext(Kind kind) {
        AoReportRuns runs = runs(kind);
        long first = runs.request(PERIOD, "k-hana", AT).run().id();
        runs.fail(first, "stalled", AT.plusSeconds(5));
        long second = runs.request(PERIOD.previous(), "k-hana", AT.plusSeconds(6)).run().id();
        runs.finish(second, AT.plusSeconds(7));
        long third = runs.request(PERIOD, "k-hana", AT.plusSeconds(8)).run().id();

        assertEquals("stalled", runs.byId(first).orElseThrow().failure());
        assertEquals(RunState.FAILED, runs.byId(first).orElseThrow().state());
        assertEquals(second, runs.latestDone().orElseThrow().id());
        assertEquals(third, runs.latest().orElseThrow().id());
        assertEquals(third, runs.active().orElseThrow().id());
        assertNull(runs.byId(third).orElseThrow().failure());
    }
}
