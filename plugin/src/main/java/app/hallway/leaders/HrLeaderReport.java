package app.hallway.leaders;

import app.hallway.leaders.scoring.InteractionKind;
import app.hallway.leaders.scoring.LeaderGate;
import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What HR can ask of the report, obtained from {@link ReadLeaderReport#forViewer} only. People who objected
 * after the report was computed, or who have left the directory since, are already left out when it is read.
 */
public final class HrLeaderReport {
    private final Person viewer;
    private final ReportRuns runs;
    private final RunLeaderReports running;
    private final ReportResults results;
    private final Objections objections;
    private final People people;
    private final Contents contents;
    private final Texts texts;
    private final Time time;

    HrLeaderReport(Person viewer, ReportRuns runs, RunLeaderReports running, ReportResults results, Objections objections,
                   People people, Contents contents, Texts texts, Time time) {
        this.viewer = viewer;
        this.runs = runs;
        this.running = running;
        this.results = results;
        this.objections = objections;
        this.people = people;
        this.contents = contents;
        this.texts = texts;
        this.time = time;
    }

    public Person viewer() {
        return viewer;
    }

    /**
     * One page of the report of {@code period} (empty: the latest report of any period), filtered to a
     * department group.
     *
     * @param group a department group the report was computed with, or null for everyone
     * @param cursor where the page starts, as {@link LeaderListing#nextCursor()} gave it; null for the first
     * @throws HallwayException 404 when no report of that period is cached; 400 for a bad group, limit or cursor
     */
    public LeaderListing listing(Optional<Period> period, String group, Integer limit, String cursor) {
        int pageSize = limit == null ? ReadLeaderReport.DEFAULT_LIMIT : limit;
        if (pageSize < 1 || pageSize > ReadLeaderReport.MAX_LIMIT) {
            throw HallwayException.invalid("limit", texts.get("hallway.leaders.error.limit", ReadLeaderReport.MAX_LIMIT));
        }
        int offset = offset(cursor);
        Cached cached = cached(period);
        String department = department(cached.summary(), group);
        List<LeaderRow> rows = rows(cached, department);
        int end = Math.min(rows.size(), offset + pageSize);
        List<LeaderRow> page = offset >= rows.size() ? List.of() : rows.subList(offset, end);
        DepartmentAggregate chosen = department == null ? cached.summary().everyone()
                : cached.summary().departments().stream().filter(d -> department.equals(d.group())).findFirst().orElseThrow();
        ReportSummary summary = cached.summary();
        return new LeaderListing(cached.run().id(), PeriodDates.of(summary.period()), PeriodDates.of(summary.period().previous()),
                summary.computedAt().toString(), summary.halfLifeDays(), summary.resamples(), summary.departmentGroups(),
                department, AggregateRow.of(chosen), distribution(chosen),
                summary.departments().stream().map(AggregateRow::of).toList(), rows.size(), page,
                end < rows.size() ? String.valueOf(end) : null, RetentionNotice.of(summary.period(), summary.retentionCut()));
    }

    /** The period of the cached report that {@code period} (empty: the latest) names; 404 when there is none. */
    public PeriodDates reportPeriod(Optional<Period> period) {
        return PeriodDates.of(cached(period).summary().period());
    }

    /** Every leader of the report in the department group, for the CSV export. */
    public List<LeaderRow> allRows(Optional<Period> period, String group) {
        Cached cached = cached(period);
        return rows(cached, department(cached.summary(), group));
    }

    /**
     * Why {@code userKey} stands where they do in the report of {@code period} (empty: the latest); 404 when
     * they are not in it.
     */
    public PersonDetail person(Optional<Period> period, String userKey) {
        Cached cached = cached(period);
        PersonStanding standing = results.person(cached.run().id(), userKey)
                .filter(found -> !objections.all().contains(found.userKey()))
                .orElseThrow(this::personNotFound);
        Person person = people.byKey(userKey).orElseThrow(this::personNotFound);
        List<KindShare> contributions = standing.shareByKind().entrySet().stream()
                .sorted(Map.Entry.<InteractionKind, Double>comparingByValue().reversed())
                .map(entry -> new KindShare(entry.getKey().name(), entry.getValue()))
                .toList();
        return new PersonDetail(userKey, person.displayName(), standing.department(), PeriodDates.of(cached.summary().period()),
                cached.summary().computedAt().toString(), standing.band().name(), standing.leader(),
                standing.failedGates().stream().map(LeaderGate::name).toList(), standing.distinctEndorsers(),
                standing.endorserDepartments(), standing.stability(), cached.summary().resamples(), contributions,
                standing.baselineShare(), standing.standing().name(), standing.previousStanding().name(), standing.trend().name(),
                standing.flags().stream().map(Enum::name).toList(), visibleContent(standing));
    }

    /**
     * Queues a computation of {@code period}; if one is already queued or running for the same period it is
     * returned, for another period the request is refused.
     *
     * @throws HallwayException 409 when a computation of another period is active
     */
    public ReportRuns.Requested requestComputation(Period period) {
        ReportRuns.Requested requested = running.request(period, viewer.key());
        if (!requested.created() && !requested.run().period().equals(period)) {
            throw HallwayException.conflict(texts.get("hallway.leaders.error.busy", requested.run().period().from(),
                    requested.run().period().to()));
        }
        return requested;
    }

    /** A computation by id; 404 if there is none. */
    public RunStatus run(long id) {
        return runs.byId(id).map(this::status).orElseThrow(() -> HallwayException.notFound(texts.get("hallway.leaders.error.no-run")));
    }

    /** The most recent computation, whatever its state; 404 if none was ever requested. */
    public RunStatus latestRun() {
        return runs.latest().map(this::status).orElseThrow(() -> HallwayException.notFound(texts.get("hallway.leaders.error.no-run")));
    }

    public RunStatus status(ReportRun run) {
        return new RunStatus(run.id(), run.state().name(), run.stage().name(), run.percent(), PeriodDates.of(run.period()),
                run.requestedAt() == null ? null : run.requestedAt().toString(),
                run.finishedAt() == null ? null : run.finishedAt().toString(), running.stalled(run, time.now()), run.failure());
    }

    private Cached cached(Optional<Period> period) {
        ReportRun run = runs.latestDone()
                .filter(done -> period.isEmpty() || done.period().equals(period.get()))
                .orElseThrow(() -> HallwayException.notFound(period.isEmpty() ? texts.get("hallway.leaders.error.no-report")
                        : texts.get("hallway.leaders.error.no-report-for", period.get().from(), period.get().to())));
        ReportSummary summary = results.summary(run.id())
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.leaders.error.no-report")));
        return new Cached(run, summary);
    }

    private String department(ReportSummary summary, String group) {
        if (group == null || group.isBlank()) {
            return null;
        }
        String wanted = group.strip();
        if (!summary.departmentGroups().contains(wanted)) {
            throw HallwayException.invalid("group", texts.get("hallway.leaders.error.group", String.join(", ", summary.departmentGroups())));
        }
        return wanted;
    }

    private List<LeaderRow> rows(Cached cached, String department) {
        Set<String> objectors = objections.all();
        Collator collator = Collator.getInstance(people.localeOf(viewer.key()));
        List<LeaderRow> rows = new ArrayList<>();
        for (PersonStanding leader : results.leaders(cached.run().id())) {
            if (objectors.contains(leader.userKey()) || (department != null && !department.equals(leader.department()))) {
                continue;
            }
            people.byKey(leader.userKey()).ifPresent(person -> rows.add(new LeaderRow(leader.userKey(), person.displayName(),
                    leader.department(), leader.band().name(), leader.standing().name(), leader.previousStanding().name(),
                    leader.trend().name(), leader.distinctEndorsers(), leader.endorserDepartments(), leader.stability(),
                    leader.flags().stream().map(Enum::name).toList())));
        }
        rows.sort(Comparator.comparing(LeaderRow::band).thenComparing(LeaderRow::name, collator).thenComparing(LeaderRow::userKey));
        return rows;
    }

    private List<BinRow> distribution(DepartmentAggregate aggregate) {
        if (aggregate.people() < ReadLeaderReport.MIN_AGGREGATE_PEOPLE) {
            return List.of();
        }
        int[] counts = aggregate.distribution();
        List<BinRow> bins = new ArrayList<>();
        for (int bin = 0; bin < counts.length; bin++) {
            boolean suppressed = counts[bin] > 0 && counts[bin] < ReadLeaderReport.MIN_AGGREGATE_PEOPLE;
            bins.add(new BinRow(ScoreBins.lowerEdge(bin), bin + 1 < counts.length ? ScoreBins.lowerEdge(bin + 1) : null,
                    suppressed, suppressed ? null : counts[bin]));
        }
        return bins;
    }

    /** Top content the viewer may see: Confluence pages and blog posts they have permission to view. */
    private List<ContentItem> visibleContent(PersonStanding standing) {
        List<ContentItem> items = new ArrayList<>();
        for (ContentShare share : standing.topContent()) {
            contentId(share.contentId())
                    .filter(id -> contents.canView(viewer.key(), id))
                    .flatMap(contents::find)
                    .map(ContentRef::title)
                    .ifPresent(title -> items.add(new ContentItem(share.contentId(), title, share.share(),
                            share.kinds().stream().map(Enum::name).toList())));
        }
        return items;
    }

    private static Optional<Long> contentId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException hallwayItem) {
            return Optional.empty();
        }
    }

    private int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(cursor.strip());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw HallwayException.invalid("cursor", texts.get("hallway.leaders.error.cursor"));
    }

    private HallwayException personNotFound() {
        return HallwayException.notFound(texts.get("hallway.leaders.error.person"));
    }

    private record Cached(ReportRun run, ReportSummary summary) {
    }
}
