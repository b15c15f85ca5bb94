package app.hallway.feedback.confluence;

import app.hallway.feedback.PollView;
import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /polls/{pollId}}: a poll as the caller may see it; {@code POST …/votes {options}} votes or changes the vote. */
@Path("/polls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class PollResource {
    private final FeedbackWiring feedback;

    @Inject
    public PollResource(FeedbackWiring feedback) {
        this.feedback = feedback;
    }

    @GET
    @Path("/{pollId}")
    public PollView get(@PathParam("pollId") long pollId) {
        return feedback.useCases().voteInPoll().read(feedback.viewer(), pollId);
    }

    @POST
    @Path("/{pollId}/votes")
    public PollView vote(@PathParam("pollId") long pollId, BallotRequest request) {
        return feedback.useCases().voteInPoll().vote(feedback.viewer(), pollId, request == null ? null : request.options());
    }

    /** The options chosen, by their text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BallotRequest(List<String> options) {
    }
}
