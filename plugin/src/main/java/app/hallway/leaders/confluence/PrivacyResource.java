package app.hallway.leaders.confluence;

import app.hallway.leaders.MyData;
import app.hallway.leaders.Objections;
import app.hallway.leaders.PersonalInteractions;
import app.hallway.leaders.ProfilingPrivacy;
import app.hallway.leaders.ReportResults;
import app.hallway.leaders.ReportRuns;
import app.hallway.platform.Csv;
import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.PersonalData;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import com.atlassian.annotations.security.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /privacy/me}: any employee's own data in Hallway — the opinion-leader report's and every other
 * feature's ({@link PersonalData}: feedback, reactions, votes, acknowledgements and reminders) — see and export
 * it, erase it, object to profiling or withdraw the objection. Nobody can act for anyone else here.
 */
@Path("/privacy/me")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public final class PrivacyResource {
    private final ProfilingPrivacy privacy;
    private final List<PersonalData> parts;
    private final People people;
    private final Texts texts;

    @Inject
    public PrivacyResource(Objections objections, PersonalInteractions interactions, ReportRuns runs, ReportResults results,
                           List<PersonalData> parts, People people, Texts texts, Time time) {
        this.privacy = new ProfilingPrivacy(objections, interactions, runs, results, texts, time);
        this.parts = List.copyOf(parts);
        this.people = people;
        this.texts = texts;
    }

    /**
     * Everything recorded about me, as JSON (the report's data and every other part) or, with
     * {@code format=csv}, as a spreadsheet of my interactions.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response export(@QueryParam("format") String format) {
        MyData data = privacy.export(people.current());
        if (format == null || format.isBlank() || format.strip().equalsIgnoreCase("json")) {
            Map<String, Object> more = new LinkedHashMap<>();
            parts.forEach(part -> more.put(part.part(), part.export(data.userKey())));
            return Response.ok(new PrivacyExport(data, more)).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Cache-Control", "no-store").build();
        }
        if (!format.strip().equalsIgnoreCase("csv")) {
            throw HallwayException.invalid("format", texts.get("hallway.leaders.error.format"));
        }
        List<List<?>> rows = new ArrayList<>();
        for (MyData.InteractionDay day : data.interactions()) {
            rows.add(List.of(day.day(), texts.get("hallway.privacy.direction." + day.direction()),
                    texts.get("hallway.privacy.type." + day.type()), day.count()));
        }
        String csv = Csv.write(List.of(texts.get("hallway.privacy.csv.day"), texts.get("hallway.privacy.csv.direction"),
                texts.get("hallway.privacy.csv.type"), texts.get("hallway.privacy.csv.count")), rows);
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"my-hallway-interactions.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Erases my interactions, my entry in the cached report and every other part's data about me (each part says
     * what it erases and what it makes unlinkable instead); an objection stays, as it must. Answers how many
     * records were erased, in all and per part.
     */
    @DELETE
    public Map<String, Object> erase() {
        Map<String, Integer> byPart = new LinkedHashMap<>();
        byPart.put("interactions", privacy.erase(people.current()));
        String me = people.current().map(Person::key).orElseThrow();
        parts.forEach(part -> byPart.put(part.part(), part.erase(me)));
        int erased = byPart.values().stream().mapToInt(Integer::intValue).sum();
        return Map.of("erased", erased, "parts", byPart, "objected", privacy.export(people.current()).objected());
    }

    /** {@code {"optOut": true}} objects to profiling; {@code false} withdraws the objection. */
    @PUT
    @Path("/opt-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> optOut(OptOut request) {
        if (request == null || request.optOut() == null) {
            throw HallwayException.invalid("optOut", texts.get("hallway.leaders.error.opt-out"));
        }
        return Map.of("optOut", privacy.setObjection(people.current(), request.optOut()));
    }

    /** The body of {@code PUT /privacy/me/opt-out}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OptOut(Boolean optOut) {
    }
}
