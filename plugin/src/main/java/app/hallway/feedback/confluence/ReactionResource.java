package app.hallway.feedback.confluence;

import app.hallway.feedback.Paging;
import app.hallway.feedback.ReactionBar;
import app.hallway.feedback.ReactionState;
import app.hallway.platform.Slice;
import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /reactions/{contentId}}: counts per reaction and whether I reacted; {@code PUT}/{@code DELETE}
 * {@code /reactions/{contentId}/{reaction}} add or remove mine (idempotent) and answer that reaction's count;
 * {@code GET} of the latter lists who gave it. The reaction is the emoji itself, percent-encoded in the path.
 */
@Path("/reactions")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class ReactionResource {
    private final FeedbackWiring feedback;

    @Inject
    public ReactionResource(FeedbackWiring feedback) {
        this.feedback = feedback;
    }

    @GET
    @Path("/{contentId}")
    public ReactionBar get(@PathParam("contentId") String contentId) {
        return feedback.useCases().showReactions().of(feedback.viewer(), contentId);
    }

    @PUT
    @Path("/{contentId}/{reaction}")
    public ReactionState add(@PathParam("contentId") String contentId, @PathParam("reaction") String reaction) {
        return feedback.useCases().react().add(feedback.viewer(), contentId, reaction);
    }

    @DELETE
    @Path("/{contentId}/{reaction}")
    public ReactionState remove(@PathParam("contentId") String contentId, @PathParam("reaction") String reaction) {
        return feedback.useCases().react().remove(feedback.viewer(), contentId, reaction);
    }

    @GET
    @Path("/{contentId}/{reaction}")
    public PeopleJson who(@PathParam("contentId") String contentId, @PathParam("reaction") String reaction,
                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Slice<String> names = feedback.useCases().showReactions().who(feedback.viewer(), contentId, reaction,
                Paging.parseLimit(limit, feedback.texts()), cursor);
        return new PeopleJson(names.items(), names.nextCursor());
    }

    /** Display names, a page at a time. */
    public record PeopleJson(List<String> people, String nextCursor) {
    }
}
