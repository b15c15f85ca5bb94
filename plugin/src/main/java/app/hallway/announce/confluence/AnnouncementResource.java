package app.hallway.announce.confluence;

import app.hallway.announce.Announcement;
import app.hallway.announce.FeedEntry;
import app.hallway.announce.FeedQuery;
import app.hallway.announce.Priority;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Links;
import app.hallway.platform.Texts;
import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /announcements}: the announcements aimed at me, one announcement with my acknowledgement state, and
 * HR's "ask everyone to acknowledge again" ({@code PUT /announcements/{id}/required-version}).
 * The rules are the use cases'; this class parses, calls and maps.
 */
@Path("/announcements")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class AnnouncementResource {
    private final AnnouncementUseCases useCases;
    private final Texts texts;
    private final Links links;

    @Inject
    public AnnouncementResource(AnnouncementUseCases useCases, Texts texts, Links links) {
        this.useCases = useCases;
        this.texts = texts;
        this.links = links;
    }

    /**
     * {@code GET /announcements?scope=mine&status=active[&space=A,B][&priority=important][&limit=&cursor=]}:
     * what is aimed at me today, waiting-for-my-acknowledgement and urgent first, then newest.
     */
    @GET
    public AnnouncementJson.ListJson list(@QueryParam("scope") String scope, @QueryParam("status") String status,
                                          @QueryParam("space") String spaces, @QueryParam("priority") String priority,
                                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        only("scope", scope, "mine");
        only("status", status, "active");
        Paging paging = Paging.parse(limit, cursor, texts);
        List<FeedEntry> entries = useCases.list().forViewer(useCases.currentUserKey(), new FeedQuery(spaceKeys(spaces), minimum(priority)));
        return new AnnouncementJson.ListJson(paging.page(entries).stream().map(entry -> AnnouncementJson.of(entry, links)).toList(),
                paging.next(entries.size()));
    }

    @GET
    @Path("/{id}")
    public AnnouncementJson get(@PathParam("id") String id) {
        return AnnouncementJson.of(useCases.read().read(AcknowledgementResource.id(id, texts), useCases.currentUserKey()), links);
    }

    /** HR asks everyone to acknowledge again from {@code {"version": n}} on (the current text's version). */
    @PUT
    @Path("/{id}/required-version")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequiredVersionJson requireVersion(@PathParam("id") String id, RequiredVersionJson body) {
        if (body == null || body.version() == null) {
            throw HallwayException.invalid("version", texts.get("hallway.error.field.required", "version"));
        }
        Announcement announcement = useCases.requireAgain().require(AcknowledgementResource.id(id, texts), useCases.currentUserKey(), body.version());
        return new RequiredVersionJson(announcement.requiredVersion(), announcement.version());
    }

    private void only(String field, String value, String supported) {
        if (value != null && !value.isBlank() && !value.trim().equals(supported)) {
            throw HallwayException.invalid(field, texts.get("hallway.error.parameter.choice", field, value, supported));
        }
    }

    private Priority minimum(String priority) {
        if (priority == null || priority.isBlank()) {
            return Priority.INFO;
        }
        return Priority.fromParameter(priority).orElseThrow(() -> HallwayException.invalid("priority",
                texts.get("hallway.error.parameter.choice", "priority", priority, "info, important, urgent")));
    }

    private static Set<String> spaceKeys(String spaces) {
        if (spaces == null || spaces.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.stream(spaces.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    /** The body and answer of {@code PUT required-version}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequiredVersionJson(Integer version, Integer currentVersion) {
    }
}
