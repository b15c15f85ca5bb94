package app.hallway.announce.confluence;

import app.hallway.announce.AcknowledgementReport;
import app.hallway.announce.AcknowledgementState;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;
import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /announcements/{id}/acknowledgements}: acknowledge (employees in the audience) and the report with
 * its CSV export (HR). Authorisation is the use cases'.
 */
@Path("/announcements/{id}/acknowledgements")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class AcknowledgementResource {
    private final AnnouncementUseCases useCases;
    private final Texts texts;

    @Inject
    public AcknowledgementResource(AnnouncementUseCases useCases, Texts texts) {
        this.useCases = useCases;
        this.texts = texts;
    }

    /** Acknowledges the current version: 201 the first time, 200 with the first acknowledgement after that. */
    @POST
    public Response acknowledge(@PathParam("id") String id) {
        AcknowledgementState state = useCases.acknowledge().acknowledge(id(id, texts), useCases.currentUserKey());
        return Response.status(state.recordedNow() ? Response.Status.CREATED : Response.Status.OK)
                .entity(new AcknowledgedJson(state.announcement().id(), state.acknowledgement().version(),
                        state.announcement().requiredVersion(), state.acknowledgement().at().toString(), state.label()))
                .build();
    }

    /** Who has and has not acknowledged, for HR; {@code ?format=csv} downloads every matching row. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response report(@PathParam("id") String id, @QueryParam("group") String group, @QueryParam("status") String status,
                           @QueryParam("format") String format, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        boolean csv = format != null && format.trim().equalsIgnoreCase("csv");
        if (format != null && !format.isBlank() && !csv && !format.trim().equalsIgnoreCase("json")) {
            throw HallwayException.invalid("format", texts.get("hallway.error.parameter.choice", "format", format, "json, csv"));
        }
        Paging paging = Paging.parse(limit, cursor, texts);
        AcknowledgementReport report = useCases.report().report(id(id, texts), useCases.currentUserKey(), group, status);
        if (csv) {
            return Response.ok(ReportCsv.write(report, texts), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"announcement-" + report.announcement().id() + "-acknowledgements.csv\"")
                    .build();
        }
        return Response.ok(ReportJson.of(report, paging), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    static long id(String id, Texts texts) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw HallwayException.invalid("id", texts.get("hallway.error.id", id));
        }
    }

    /** The answer to acknowledging: what counts now, and the label the page shows in place of the button. */
    public record AcknowledgedJson(long announcementId, int version, int requiredVersion, String acknowledgedAt, String label) {
    }
}
