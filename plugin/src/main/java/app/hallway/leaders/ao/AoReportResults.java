package app.hallway.leaders.ao;

import app.hallway.leaders.ComputedReport;
import app.hallway.leaders.PersonStanding;
import app.hallway.leaders.ReportResults;
import app.hallway.leaders.ReportSummary;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link ReportResults} in Active Objects, as JSON in a few hundred rows rather than a row per person: a
 * hundred thousand people are written in a second, where row-per-person inserts would take minutes. A run
 * has one summary row, its leaders in slices of {@value #SLICE} (the report table reads these), and everyone
 * in buckets by a hash of the user key (a drill-down reads one bucket of about {@value #SLICE} people).
 */
@Named
public final class AoReportResults implements ReportResults {
    static final int SLICE = 500;
    private static final String SUMMARY = "summary";
    private static final String LEADERS = "leaders";
    private static final String PEOPLE = "people";

    private final ActiveObjects ao;

    @Inject
    public AoReportResults(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void save(long runId, ComputedReport report) {
        int buckets = Math.max(1, (report.people().size() + SLICE - 1) / SLICE);
        Map<Integer, List<PersonStanding>> byBucket = new HashMap<>();
        List<PersonStanding> leaders = new ArrayList<>();
        for (PersonStanding person : report.people()) {
            byBucket.computeIfAbsent(bucket(person.userKey(), buckets), bucket -> new ArrayList<>()).add(person);
            if (person.leader()) {
                leaders.add(person);
            }
        }
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(ReportChunkEntity.class, "RUN_ID = ?", (int) runId);
            write(runId, SUMMARY, 0, ReportCodec.summary(report.summary(), buckets));
            for (int slice = 0; slice * SLICE < leaders.size(); slice++) {
                write(runId, LEADERS, slice, ReportCodec.people(leaders.subList(slice * SLICE, Math.min(leaders.size(), (slice + 1) * SLICE))));
            }
            byBucket.forEach((bucket, people) -> write(runId, PEOPLE, bucket, ReportCodec.people(people)));
            return null;
        });
    }

    @Override
    public Optional<ReportSummary> summary(long runId) {
        return chunk(runId, SUMMARY, 0).map(ReportCodec::readSummary);
    }

    @Override
    public List<PersonStanding> leaders(long runId) {
        return ao.executeInTransaction(() -> {
            List<PersonStanding> leaders = new ArrayList<>();
            for (ReportChunkEntity slice : ao.find(ReportChunkEntity.class, Query.select()
                    .where("RUN_ID = ? AND CHUNK_KIND = ?", (int) runId, LEADERS).order("CHUNK_NO"))) {
                leaders.addAll(ReportCodec.readPeople(slice.getPayload()));
            }
            return leaders;
        });
    }

    @Override
    public Optional<PersonStanding> person(long runId, String userKey) {
        Optional<String> summary = chunk(runId, SUMMARY, 0);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        return chunk(runId, PEOPLE, bucket(userKey, ReportCodec.buckets(summary.get())))
                .flatMap(json -> ReportCodec.readPeople(json).stream().filter(person -> person.userKey().equals(userKey)).findFirst());
    }

    @Override
    public void forget(String userKey) {
        ao.executeInTransaction(() -> {
            for (ReportChunkEntity summary : ao.find(ReportChunkEntity.class, Query.select().where("CHUNK_KIND = ?", SUMMARY))) {
                int bucket = bucket(userKey, ReportCodec.buckets(summary.getPayload()));
                for (ReportChunkEntity chunk : ao.find(ReportChunkEntity.class, Query.select()
                        .where("RUN_ID = ? AND (CHUNK_KIND = ? OR (CHUNK_KIND = ? AND CHUNK_NO = ?))",
                                summary.getRunId(), LEADERS, PEOPLE, bucket))) {
                    List<PersonStanding> people = ReportCodec.readPeople(chunk.getPayload());
                    if (people.removeIf(person -> person.userKey().equals(userKey))) {
                        chunk.setPayload(ReportCodec.people(people));
                        chunk.save();
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void keepOnly(long runId) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(ReportChunkEntity.class, "RUN_ID <> ?", (int) runId));
    }

    private void write(long runId, String kind, int number, String json) {
        ao.create(ReportChunkEntity.class, new DBParam("RUN_ID", (int) runId), new DBParam("CHUNK_KIND", kind),
                new DBParam("CHUNK_NO", number), new DBParam("PAYLOAD", json));
    }

    private Optional<String> chunk(long runId, String kind, int number) {
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            ReportChunkEntity[] found = ao.find(ReportChunkEntity.class, Query.select()
                    .where("RUN_ID = ? AND CHUNK_KIND = ? AND CHUNK_NO = ?", (int) runId, kind, number));
            return found.length == 0 ? null : found[0].getPayload();
        }));
    }

    /** The bucket of a user key: a hash that is the same on every node and every JVM ({@link String#hashCode}). */
    private static int bucket(String userKey, int buckets) {
        return Math.floorMod(userKey.hashCode(), buckets);
    }
}
