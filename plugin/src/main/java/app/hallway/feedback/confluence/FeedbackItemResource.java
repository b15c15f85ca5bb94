package app.hallway.feedback.confluence;

import app.hallway.feedback.FeedbackCard;
import app.hallway.feedback.SupportState;
import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /feedback/items/{itemId}}: the author edits ({@code PUT {text}}) or withdraws ({@code DELETE}) their
 * named feedback; {@code …/vote} supports it or takes support back; {@code …/status} is HR's answer
 * {@code {status, response}}.
 */
@Path("/feedback/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class FeedbackItemResource {
    private final FeedbackWiring feedback;

    @Inject
    public FeedbackItemResource(FeedbackWiring feedback) {
        this.feedback = feedback;
    }

    @PUT
    @Path("/{itemId}")
    public FeedbackCard edit(@PathParam("itemId") long itemId, TextRequest request) {
        return feedback.useCases().changeFeedback().edit(feedback.viewer(), itemId, request == null ? null : request.text());
    }

    @DELETE
    @Path("/{itemId}")
    public Response withdraw(@PathParam("itemId") long itemId) {
        feedback.useCases().changeFeedback().withdraw(feedback.viewer(), itemId);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{itemId}/vote")
    public SupportState support(@PathParam("itemId") long itemId) {
        return feedback.useCases().supportFeedback().support(feedback.viewer(), itemId);
    }

    @DELETE
    @Path("/{itemId}/vote")
    public SupportState withdrawSupport(@PathParam("itemId") long itemId) {
        return feedback.useCases().supportFeedback().withdraw(feedback.viewer(), itemId);
    }

    @PUT
    @Path("/{itemId}/status")
    public FeedbackCard answer(@PathParam("itemId") long itemId, StatusRequest request) {
        StatusRequest body = request == null ? new StatusRequest(null, null) : request;
        return feedback.useCases().answerFeedback().answer(feedback.viewer(), itemId, body.status(), body.response());
    }

    /** The body of an edit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TextRequest(String text) {
    }

    /** The body of HR's answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StatusRequest(String status, String response) {
    }
}
