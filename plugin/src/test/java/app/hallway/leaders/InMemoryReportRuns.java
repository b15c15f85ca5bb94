package app.hallway.leaders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ReportRuns} in a list, for use-case tests; one active run at a time, as the real store enforces. */
public final class InMemoryReportRuns implements ReportRuns {
    private final List<ReportRun> runs = new ArrayList<>();

    @Override
    public synchronized Requested request(Period period, String requestedBy, Instant at) {
        Optional<ReportRun> active = active();
        if (active.isPresent()) {
            return new Requested(active.get(), false);
        }
        ReportRun run = new ReportRun(runs.size() + 1L, period, RunState.QUEUED, RunStage.WAITING, 0, requestedBy, at, at, null, null);
        runs.add(run);
        return new Requested(run, true);
    }

    @Override
    public synchronized Optional<ReportRun> byId(long id) {
        return runs.stream().filter(run -> run.id() == id).findFirst();
    }

    @Override
    public synchronized Optional<ReportRun> active() {
        return runs.stream().filter(run -> !run.state().finished()).findFirst();
    }

    @Override
    public synchronized Optional<ReportRun> latestDone() {
        return runs.stream().filter(run -> run.state() == RunState.DONE).max(Comparator.comparing(ReportRun::finishedAt)
                .thenComparingLong(ReportRun::id));
    }

    @Override
    public synchronized Optional<ReportRun> latest() {
        return runs.stream().max(Comparator.comparingLong(ReportRun::id));
    }

    @Override
    public synchronized boolean claim(long id, Instant at) {
        ReportRun run = byId(id).orElseThrow();
        if (run.state() != RunState.QUEUED) {
            return false;
        }
        replace(new ReportRun(id, run.period(), RunState.RUNNING, RunStage.READING, 0, run.requestedBy(), run.requestedAt(), at, null, null));
        return true;
    }

    @Override
    public synchronized void progress(long id, RunStage stage, int percent, Instant at) {
        ReportRun run = byId(id).orElseThrow();
        replace(new ReportRun(id, run.period(), run.state(), stage, percent, run.requestedBy(), run.requestedAt(), at, null, null));
    }

    @Override
    public synchronized void finish(long id, Instant at) {
        ReportRun run = byId(id).orElseThrow();
        replace(new ReportRun(id, run.period(), RunState.DONE, RunStage.FINISHED, 100, run.requestedBy(), run.requestedAt(), at, at, null));
    }

    @Override
    public synchronized void fail(long id, String failure, Instant at) {
        ReportRun run = byId(id).orElseThrow();
        replace(new ReportRun(id, run.period(), RunState.FAILED, run.stage(), run.percent(), run.requestedBy(), run.requestedAt(),
                run.heartbeat(), at, failure));
    }

    /** Every progress update, for tests of the progress bar. */
    synchronized List<ReportRun> all() {
        return List.copyOf(runs);
    }

    private void replace(ReportRun run) {
        runs.replaceAll(existing -> existing.id() == run.id() ? run : existing);
    }
}
