package app.hallway.admin.confluence;

import app.hallway.admin.Configuration;
import app.hallway.admin.ConfigurationChange;
import app.hallway.admin.Configure;
import app.hallway.admin.Settings;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import com.atlassian.annotations.security.AdminOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /admin/settings}: Hallway's site-wide configuration, for Confluence administrators. */
@Path("/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public final class SettingsResource {
    private final Configure configure;
    private final People people;

    @Inject
    public SettingsResource(Settings settings, People people, Texts texts) {
        this.configure = new Configure(settings, people, texts);
        this.people = people;
    }

    @GET
    public Configuration read() {
        return configure.read(viewer());
    }

    /** Fields left out keep their values. */
    @PUT
    public Configuration change(Change change) {
        Change body = change == null ? new Change(null, null, null, null, null, null, null, null, null) : change;
        return configure.change(viewer(), new ConfigurationChange(body.hrGroups(), body.reminderDaysBefore(),
                body.leaderHalfLifeDays(), body.departmentGroups(), body.rawRetentionDays(), body.rollupRetentionMonths(),
                body.leaderResamples(), body.leaderThreads(), body.leaderCountViews()));
    }

    private String viewer() {
        return people.current().map(Person::key).orElse(null);
    }

    /** The JSON a {@code PUT} takes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String hrGroups, Integer reminderDaysBefore, Integer leaderHalfLifeDays, String departmentGroups,
                         Integer rawRetentionDays, Integer rollupRetentionMonths, Integer leaderResamples,
                         Integer leaderThreads, Boolean leaderCountViews) {
    }
}
