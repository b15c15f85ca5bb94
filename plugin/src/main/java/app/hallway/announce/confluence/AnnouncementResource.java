package app.hallway.announce.confluence;

import app.hallway.announce.Announcement;
import app.hallway.announce.Announcements;
import app.hallway.platform.Contents;
import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /announcements}: read an announcement the caller may see. */
@Path("/announcements")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class AnnouncementResource {
    private final Announcements announcements;
    private final People people;
    private final Contents contents;
    private final Texts texts;

    @Inject
    public AnnouncementResource(Announcements announcements, People people, Contents contents, Texts texts) {
        this.announcements = announcements;
        this.people = people;
        this.contents = contents;
        this.texts = texts;
    }

    @GET
    @Path("/{id}")
    public AnnouncementJson get(@PathParam("id") long id) {
        Person me = people.current().orElseThrow(() -> HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in")));
        Announcement announcement = announcements.byId(id)
                .filter(found -> contents.canView(me.key(), found.contentId()))
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.announcement.not-found")));
        return new AnnouncementJson(announcement.id(), announcement.contentId(), announcement.title(), announcement.version());
    }

    /** The JSON shape of one announcement. */
    public record AnnouncementJson(long id, long contentId, String title, int version) {
    }
}
