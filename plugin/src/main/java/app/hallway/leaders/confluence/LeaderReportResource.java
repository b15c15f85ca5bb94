package app.hallway.leaders.confluence;

import app.hallway.admin.Roles;
import app.hallway.admin.Settings;
import app.hallway.leaders.HrLeaderReport;
import app.hallway.leaders.LeaderRow;
import app.hallway.leaders.Objections;
import app.hallway.leaders.Period;
import app.hallway.leaders.ReadLeaderReport;
import app.hallway.leaders.ReportResults;
import app.hallway.leaders.ReportRuns;
import app.hallway.platform.Contents;
import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * {@code /leaders}: the opinion-leader report for HR and administrators (everyone else gets 403, from
 * {@link ReadLeaderReport#forViewer}), its drill-down, its CSV export and its background computations.
 */
@Path("/leaders")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class LeaderReportResource {
    private final ReadLeaderReport report;
    private final ReportRuns runs;
    private final ReportWorker worker;
    private final People people;
    private final Texts texts;

    @Inject
    public LeaderReportResource(ReportRuns runs, ReportResults results, Objections objections, People people, Contents contents,
                                Settings settings, Texts texts, Time time, ReportWorker worker) {
        this.report = new ReadLeaderReport(runs, worker.running(), results, objections, people, contents,
                new Roles(people, settings), texts, time);
        this.runs = runs;
        this.worker = worker;
        this.people = people;
        this.texts = texts;
    }

    /** The report of {@code from..to} (both empty: the latest), one page of leaders, or every leader as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response listing(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("group") String group,
                            @QueryParam("format") String format, @QueryParam("limit") String limit,
                            @QueryParam("cursor") String cursor) {
        HrLeaderReport hr = report.forViewer(people.current());
        Optional<Period> period = report.parsePeriod(from, to);
        if (csv(format)) {
            List<LeaderRow> rows = hr.allRows(period, group);
            return LeaderCsv.response(rows, texts, hr.reportPeriod(period));
        }
        return json(hr.listing(period, group, number("limit", limit), cursor));
    }

    /** Why one person stands where they do. */
    @GET
    @Path("/people/{userKey}")
    public Response person(@PathParam("userKey") String userKey, @QueryParam("from") String from, @QueryParam("to") String to) {
        HrLeaderReport hr = report.forViewer(people.current());
        return json(hr.person(report.parsePeriod(from, to), userKey));
    }

    /**
     * Starts computing the report of {@code from..to} (default: the 18 months up to today) in the background:
     * 202 with the computation to follow, whether this request queued it or it was already under way.
     */
    @POST
    @Path("/computations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response compute(ComputationRequest request) {
        HrLeaderReport hr = report.forViewer(people.current());
        ComputationRequest body = request == null ? new ComputationRequest(null, null) : request;
        ReportRuns.Requested requested = hr.requestComputation(report.parsePeriodOrDefault(body.from(), body.to()));
        worker.ensureWorking(requested.run());
        return Response.status(Response.Status.ACCEPTED).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(hr.status(requested.run())).build();
    }

    /** The most recent computation: what the progress bar follows. */
    @GET
    @Path("/computations/latest")
    public Response latestComputation() {
        HrLeaderReport hr = report.forViewer(people.current());
        return json(hr.latestRun());
    }

    @GET
    @Path("/computations/{id}")
    public Response computation(@PathParam("id") String id) {
        HrLeaderReport hr = report.forViewer(people.current());
        Integer runId = number("id", id);
        if (runId == null) {
            throw HallwayException.invalid("id", texts.get("hallway.leaders.error.no-run"));
        }
        runs.byId(runId).ifPresent(worker::ensureWorking);
        return json(hr.run(runId));
    }

    private boolean csv(String format) {
        if (format == null || format.isBlank() || format.strip().equalsIgnoreCase("json")) {
            return false;
        }
        if (format.strip().equalsIgnoreCase("csv")) {
            return true;
        }
        throw HallwayException.invalid("format", texts.get("hallway.leaders.error.format"));
    }

    /** A whole number from a query or path parameter, read as text so that a non-number is a 400 naming it. */
    private Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw HallwayException.invalid(field, texts.get("hallway.leaders.error.number", field));
        }
    }

    private static Response json(Object entity) {
        return Response.ok(entity).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    /** The body of {@code POST /leaders/computations}: the period, both ends optional ({@code yyyy-MM-dd}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ComputationRequest(String from, String to) {
    }
}
