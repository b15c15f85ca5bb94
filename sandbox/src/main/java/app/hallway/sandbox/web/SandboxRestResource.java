package app.hallway.sandbox.web;

import app.hallway.sandbox.content.ContentStore;
import app.hallway.sandbox.content.PageRequest;
import app.hallway.sandbox.content.Pages;
import app.hallway.sandbox.content.SandboxComment;
import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.host.Directory;
import app.hallway.sandbox.host.Outbox;
import app.hallway.sandbox.host.SandboxCurrentUser;
import app.hallway.sandbox.host.SandboxPermissionManager;
import app.hallway.sandbox.host.SandboxUser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code /rest/sandbox}: the sandbox's own API (health, directory, content, outbox). Not part of the plugin.
 * {@code DELETE /pages/{id}} removes a page for good and fires the event Confluence fires when it is purged.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SandboxRestResource {
    private final String nodeName;
    private final Directory directory;
    private final SandboxCurrentUser currentUser;
    private final Pages pages;
    private final ContentStore store;
    private final SandboxPermissionManager permissions;
    private final Outbox outbox;

    public SandboxRestResource(String nodeName, Directory directory, SandboxCurrentUser currentUser, Pages pages,
                               ContentStore store, SandboxPermissionManager permissions, Outbox outbox) {
        this.nodeName = nodeName;
        this.directory = directory;
        this.currentUser = currentUser;
        this.pages = pages;
        this.store = store;
        this.permissions = permissions;
        this.outbox = outbox;
    }

    @GET
    @Path("health")
    public Map<String, Object> health() {
        return Map.of("status", "ok", "node", nodeName);
    }

    @GET
    @Path("users")
    public List<UserJson> users() {
        return directory.users().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("pages")
    public List<PageJson> listPages() {
        String me = me();
        return pages.all().stream().filter(p -> me != null && permissions.canView(me, p.id())).map(PageJson::of).toList();
    }

    @POST
    @Path("pages")
    public Response savePage(PageRequest request) {
        if (request == null) {
            return error(400, "bad-request", "A JSON body {space, title, storage} is required");
        }
        try {
            String creator = me() == null ? "admin" : me();
            ContentStore.SavedPage saved = pages.save(request, creator);
            return Response.status(saved.created() ? 201 : 200)
                    .entity(Map.of("id", saved.id(), "version", saved.version())).build();
        } catch (IllegalArgumentException e) {
            return error(400, "bad-request", e.getMessage());
        }
    }

    @GET
    @Path("pages/{id}")
    public Response page(@PathParam("id") long id) {
        String me = me();
        if (me == null || !permissions.canView(me, id)) {
            return error(404, "not-found", "No such page, or you cannot see it");
        }
        SandboxPage page = store.page(id).orElseThrow();
        return Response.ok(Map.of("page", PageJson.of(page), "storage", page.storage(),
                "comments", store.comments(id), "likes", store.likes(id))).build();
    }

    /** Removes the page for good, as purging it from Confluence's trash does (the sandbox has no trash). */
    @DELETE
    @Path("pages/{id}")
    public Response removePage(@PathParam("id") long id) {
        String me = me();
        if (me == null) {
            return error(401, "not-logged-in", "Pick a user first (X-Sandbox-User or ?as=)");
        }
        if (!permissions.canView(me, id) || !pages.remove(id)) {
            return error(404, "not-found", "No such page, or you cannot see it");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("pages/{id}/comments")
    public Response comment(@PathParam("id") long id, Map<String, String> body) {
        String me = me();
        if (me == null) {
            return error(401, "not-logged-in", "Pick a user first (X-Sandbox-User or ?as=)");
        }
        if (!permissions.canView(me, id)) {
            return error(404, "not-found", "No such page, or you cannot see it");
        }
        String text = body == null ? null : body.get("text");
        if (text == null || text.isBlank()) {
            return error(400, "bad-request", "text: a comment needs text");
        }
        SandboxComment comment = pages.comment(id, me, text.strip());
        return Response.status(201).entity(comment).build();
    }

    @POST
    @Path("pages/{id}/likes")
    public Response like(@PathParam("id") long id) {
        String me = me();
        if (me == null) {
            return error(401, "not-logged-in", "Pick a user first (X-Sandbox-User or ?as=)");
        }
        if (!permissions.canView(me, id)) {
            return error(404, "not-found", "No such page, or you cannot see it");
        }
        boolean added = pages.like(id, me);
        return Response.status(added ? 201 : 200).entity(Map.of("liked", true, "count", store.likes(id).size())).build();
    }

    @GET
    @Path("outbox")
    public List<Outbox.Message> outbox() {
        return outbox.recent(200);
    }

    private String me() {
        return currentUser.user().map(SandboxUser::getName).orElse(null);
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).entity(Map.of("error", code, "message", message)).build();
    }

    /** A directory entry. */
    public record UserJson(String username, String userKey, String fullName, String email, List<String> groups, String language) {
        static UserJson of(SandboxUser user) {
            return new UserJson(user.getName(), user.getKey().getStringValue(), user.getFullName(), user.getEmail(),
                    user.groups().stream().sorted().toList(), user.locale().getLanguage());
        }
    }

    /** A page without its body. */
    public record PageJson(long id, String space, String title, String type, int version, String creator,
                           List<String> restrictedTo, java.time.Instant updated) {
        static PageJson of(SandboxPage page) {
            return new PageJson(page.id(), page.spaceKey(), page.title(), page.type(), page.version(), page.creator(),
                    page.restrictedTo(), page.updated());
        }
    }
}
