package app.hallway.feedback.confluence;

import app.hallway.feedback.FeedbackDefaults;
import app.hallway.feedback.SpaceFeedbackSettings;
import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /feedback/settings}: the site-wide defaults (administrators); {@code /feedback/settings/spaces/{key}}:
 * one space's choices (its space administrators). A field left out of a {@code PUT} keeps its value.
 */
@Path("/feedback/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class FeedbackSettingsResource {
    private final FeedbackWiring feedback;

    @Inject
    public FeedbackSettingsResource(FeedbackWiring feedback) {
        this.feedback = feedback;
    }

    @GET
    @AdminOnly
    public FeedbackDefaults defaults() {
        return feedback.useCases().configure().defaults(feedback.viewer());
    }

    @PUT
    @AdminOnly
    public FeedbackDefaults updateDefaults(DefaultsRequest request) {
        DefaultsRequest body = request == null ? new DefaultsRequest(null, null, null, null) : request;
        return feedback.useCases().configure().updateDefaults(feedback.viewer(), body.panel(), body.anonymous(),
                body.reactions(), body.pollMinimum());
    }

    @GET
    @Path("/spaces/{spaceKey}")
    public SpaceFeedbackSettings space(@PathParam("spaceKey") String spaceKey) {
        return feedback.useCases().configure().space(feedback.viewer(), spaceKey);
    }

    @PUT
    @Path("/spaces/{spaceKey}")
    public SpaceFeedbackSettings updateSpace(@PathParam("spaceKey") String spaceKey, SpaceRequest request) {
        SpaceRequest body = request == null ? new SpaceRequest(null, null) : request;
        return feedback.useCases().configure().updateSpace(feedback.viewer(), spaceKey, body.panel(), body.anonymous());
    }

    /** Site-wide defaults; {@code reactions} separated by spaces. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DefaultsRequest(Boolean panel, Boolean anonymous, String reactions, Integer pollMinimum) {
    }

    /** A space's choices: each {@code on}, {@code off} or {@code default}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpaceRequest(String panel, String anonymous) {
    }
}
