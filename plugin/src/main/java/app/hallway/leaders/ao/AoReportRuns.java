package app.hallway.leaders.ao;

import app.hallway.leaders.Period;
import app.hallway.leaders.ReportRun;
import app.hallway.leaders.ReportRuns;
import app.hallway.leaders.RunStage;
import app.hallway.leaders.RunState;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link ReportRuns} in Active Objects. The run being queued or computed holds the slot {@value #ACTIVE} of a
 * unique column, so two nodes asked at the same moment cannot both queue one: the second insert fails and
 * the second node answers with the first node's run.
 */
@Named
public final class AoReportRuns implements ReportRuns {
    static final String ACTIVE = "active";

    private final ActiveObjects ao;

    @Inject
    public AoReportRuns(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Requested request(Period period, String requestedBy, Instant at) {
        Optional<ReportRun> active = active();
        if (active.isPresent()) {
            return new Requested(active.get(), false);
        }
        try {
            return new Requested(ao.executeInTransaction(() -> record(ao.create(ReportRunEntity.class,
                    new DBParam("ACTIVE_SLOT", ACTIVE),
                    new DBParam("FROM_DAY", (int) period.from().toEpochDay()),
                    new DBParam("TO_DAY", (int) period.to().toEpochDay()),
                    new DBParam("RUN_STATE", RunState.QUEUED.name()),
                    new DBParam("RUN_STAGE", RunStage.WAITING.name()),
                    new DBParam("PROGRESS_PERCENT", 0),
                    new DBParam("REQUESTED_BY", requestedBy),
                    new DBParam("REQUESTED_AT", Date.from(at)),
                    new DBParam("HEARTBEAT", Date.from(at))))), true);
        } catch (RuntimeException raced) {
            return new Requested(active().orElseThrow(() -> raced), false);
        }
    }

    @Override
    public Optional<ReportRun> byId(long id) {
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            ReportRunEntity entity = ao.get(ReportRunEntity.class, (int) id);
            return entity == null ? null : record(entity);
        }));
    }

    @Override
    public Optional<ReportRun> active() {
        return first(Query.select().where("ACTIVE_SLOT = ?", ACTIVE));
    }

    @Override
    public Optional<ReportRun> latestDone() {
        return first(Query.select().where("RUN_STATE = ?", RunState.DONE.name()).order("FINISHED_AT DESC, ID DESC").limit(1));
    }

    @Override
    public Optional<ReportRun> latest() {
        return first(Query.select().order("ID DESC").limit(1));
    }

    @Override
    public boolean claim(long id, Instant at) {
        return ao.executeInTransaction(() -> {
            ReportRunEntity entity = ao.get(ReportRunEntity.class, (int) id);
            if (entity == null || !RunState.QUEUED.name().equals(entity.getRunState())) {
                return false;
            }
            entity.setRunState(RunState.RUNNING.name());
            entity.setRunStage(RunStage.READING.name());
            entity.setHeartbeat(Date.from(at));
            entity.save();
            return true;
        });
    }

    @Override
    public void progress(long id, RunStage stage, int percent, Instant at) {
        update(id, entity -> {
            entity.setRunStage(stage.name());
            entity.setProgressPercent(percent);
            entity.setHeartbeat(Date.from(at));
        });
    }

    @Override
    public void finish(long id, Instant at) {
        update(id, entity -> {
            entity.setRunState(RunState.DONE.name());
            entity.setRunStage(RunStage.FINISHED.name());
            entity.setProgressPercent(100);
            entity.setHeartbeat(Date.from(at));
            entity.setFinishedAt(Date.from(at));
            entity.setActiveSlot("run-" + id);
        });
    }

    @Override
    public void fail(long id, String failure, Instant at) {
        update(id, entity -> {
            entity.setRunState(RunState.FAILED.name());
            entity.setFailure(failure);
            entity.setFinishedAt(Date.from(at));
            entity.setActiveSlot("run-" + id);
        });
    }

    private void update(long id, java.util.function.Consumer<ReportRunEntity> change) {
        ao.executeInTransaction(() -> {
            ReportRunEntity entity = ao.get(ReportRunEntity.class, (int) id);
            if (entity != null) {
                change.accept(entity);
                entity.save();
            }
            return null;
        });
    }

    private Optional<ReportRun> first(Query query) {
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            ReportRunEntity[] found = ao.find(ReportRunEntity.class, query);
            return found.length == 0 ? null : record(found[0]);
        }));
    }

    private static ReportRun record(ReportRunEntity entity) {
        return new ReportRun(entity.getID(),
                new Period(LocalDate.ofEpochDay(entity.getFromDay()), LocalDate.ofEpochDay(entity.getToDay())),
                RunState.valueOf(entity.getRunState()), RunStage.valueOf(entity.getRunStage()), entity.getProgressPercent(),
                entity.getRequestedBy(), instant(entity.getRequestedAt()), instant(entity.getHeartbeat()),
                instant(entity.getFinishedAt()), entity.getFailure());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
