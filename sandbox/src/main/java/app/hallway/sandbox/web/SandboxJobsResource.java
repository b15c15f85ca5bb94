package app.hallway.sandbox.web;

import app.hallway.sandbox.host.SandboxScheduler;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code POST /rest/sandbox/jobs/{key}}: runs one of the plugin's scheduled jobs now, as the scheduled-jobs
 * admin page's "Run now" does in Confluence. Not part of the plugin.
 */
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
public final class SandboxJobsResource {
    private final SandboxScheduler scheduler;

    public SandboxJobsResource(SandboxScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @POST
    @Path("{key}")
    public Response run(@PathParam("key") String key) {
        return scheduler.run(key)
                .map(outcome -> Response.ok(Map.of("job", key, "outcome", outcome)).build())
                .orElseGet(() -> Response.status(404).entity(Map.of("error", "not-found", "message", "No job " + key)).build());
    }
}
