package app.hallway.sandbox.web;

import app.hallway.sandbox.content.ContentStore;
import app.hallway.sandbox.content.PageRequest;
import app.hallway.sandbox.content.Pages;
import app.hallway.sandbox.content.SandboxComment;
import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.host.Deactivations;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /rest/sandbox}: the sandbox's own API (health, directory and its deactivated users, content, outbox).
 * Not part of the plugin. {@code DELETE /pages/{id}} removes a page for good and fires the event Confluence fires
 * when it is purged.
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
    private final Deactivations deactivations;

    public SandboxRestResource(String nodeName, Directory directory, SandboxCurrentUser currentUser, Pages pages,
                               ContentStore store, SandboxPermissionManager permissions, Outbox outbox,
                               Deactivations deactivations) {
        this.nodeName = nodeName;
        this.directory = directory;
        this.currentUser = currentUser;
        this.pages = pages;
        this.store = store;
        this.permissions = permissions;
        this.outbox = outbox;
        this.deactivations = deactivations;
    }

    @GET
    @Path("health")
    public Map<String, Object> health() {
        return Map.of("status", "ok", "node", nodeName);
    }

    @GET
    @Path("users")
    public List<UserJson> users() {
        Set<String> deactivated = deactivations.all();
        return directory.users().stream()
                .map(user -> UserJson.of(user, !deactivated.contains(user.getName().toLowerCase(Locale.ROOT)))).toList();
    }

    /** Deactivates a user, as Confluence's user administration does; administrators only. */
    @POST
    @Path("users/{username}/deactivate")
    public Response deactivate(@PathParam("username") String username) {
        return administer(username, true);
    }

    /** Reactivates a deactivated user; administrators only. */
    @POST
    @Path("users/{username}/reactivate")
    public Response reactivate(@PathParam("username") String username) {
        return administer(username, false);
    }

    private Response administer(String username, boolean deactivate) {
        String me = me();
        if (me == null) {
            return error(401, "not-logged-in", "Pick a user first (X-Sandbox-User or ?as=)");
        }
        if (!directory.isAdministrator(me)) {
            return error(403, "forbidden", "Only administrators can deactivate or reactivate users");
        }
        SandboxUser user = directory.byName(username).orElse(null);
        if (user == null) {
            return error(404, "not-found", "No user " + username);
        }
        if (deactivate) {
            deactivations.deactivate(user.getName());
        } else {
            deactivations.reactivate(user.getName());
        }
        return Response.ok(UserJson.of(user, !deactivate)).build();
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

    /** A directory entry; {@code active} is false for a deactivated user. */
    public record UserJson(String username, String userKey, String fullName, String email, List<String> groups, String language,
                           boolean active) {
        static UserJson of(SandboxUser user, boolean active) {
            return new UserJson(user.getName(), user.getKey().getStringValue(), user.getFullName(), user.getEmail(),
                    user.groups().stream().sorted().toList(), user.locale().getLanguage(), active);
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
