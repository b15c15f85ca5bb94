package app.hallway.feedback.confluence;

import app.hallway.feedback.FeedbackCard;
import app.hallway.feedback.FeedbackList;
import app.hallway.feedback.Paging;
import app.hallway.platform.Person;
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

/**
 * {@code /feedback/{contentId}}: a page's feedback ({@code ?sort=support|newest&limit=&cursor=}) and giving
 * feedback {@code {text, anonymous}}; {@code /feedback?status=&space=&age=[&format=csv]}: HR's inbox.
 */
@Path("/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class FeedbackResource {
    private final FeedbackWiring feedback;

    @Inject
    public FeedbackResource(FeedbackWiring feedback) {
        this.feedback = feedback;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response inbox(@QueryParam("status") String status, @QueryParam("space") String space, @QueryParam("age") String age,
                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @QueryParam("format") String format) {
        Person viewer = feedback.viewer();
        if ("csv".equals(format)) {
            return Response.ok(feedback.useCases().inbox().csv(viewer, status, space, age), "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"hallway-feedback.csv\"")
                    .build();
        }
        FeedbackList list = feedback.useCases().inbox().list(viewer, status, space, age, Paging.parseLimit(limit, feedback.texts()), cursor);
        return Response.ok(list, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("/{contentId}")
    public FeedbackList list(@PathParam("contentId") String contentId, @QueryParam("sort") String sort,
                             @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return feedback.useCases().listFeedback().list(feedback.viewer(), contentId, sort, Paging.parseLimit(limit, feedback.texts()), cursor);
    }

    @POST
    @Path("/{contentId}")
    public Response give(@PathParam("contentId") String contentId, FeedbackRequest request) {
        FeedbackRequest body = request == null ? new FeedbackRequest(null, null) : request;
        FeedbackCard card = feedback.useCases().giveFeedback().give(feedback.viewer(), contentId, body.text(), Boolean.TRUE.equals(body.anonymous()));
        return Response.status(Response.Status.CREATED).entity(card).build();
    }

    /** The body of {@code POST /feedback/{contentId}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FeedbackRequest(String text, Boolean anonymous) {
    }
}
