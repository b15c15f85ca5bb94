package app.hallway.leaders.ao;

import app.hallway.leaders.ContentShare;
import app.hallway.leaders.DepartmentAggregate;
import app.hallway.leaders.Period;
import app.hallway.leaders.PersonStanding;
import app.hallway.leaders.ReportSummary;
import app.hallway.leaders.RetentionCut;
import app.hallway.leaders.ReviewFlag;
import app.hallway.leaders.Standing;
import app.hallway.leaders.Trend;
import app.hallway.leaders.scoring.InteractionKind;
import app.hallway.leaders.scoring.LeaderBand;
import app.hallway.leaders.scoring.LeaderGate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON a cached report is kept in, written field by field so that the stored form does not depend on how
 * Jackson happens to map records or dates in the host. Short field names: a large company caches a hundred
 * thousand people. Version {@value #VERSION}; a cache in another version reads as absent and is recomputed. Fields
 * added later are optional, so that a cache written before them still reads (without what they say).
 */
final class ReportCodec {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportCodec() {
    }

    static String summary(ReportSummary summary, int buckets) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", VERSION);
        node.put("buckets", buckets);
        node.put("from", summary.period().from().toString());
        node.put("to", summary.period().to().toString());
        node.put("computedAt", summary.computedAt().toString());
        node.put("halfLife", summary.halfLifeDays());
        node.put("resamples", summary.resamples());
        ArrayNode groups = node.putArray("groups");
        summary.departmentGroups().forEach(groups::add);
        node.put("population", summary.population());
        node.put("previousPopulation", summary.previousPopulation());
        node.put("leaders", summary.leaders());
        node.set("everyone", aggregate(summary.everyone()));
        ArrayNode departments = node.putArray("departments");
        summary.departments().forEach(department -> departments.add(aggregate(department)));
        if (summary.retentionCut() != null) {
            node.put("keptFrom", summary.retentionCut().firstDayKept().toString());
            node.put("retentionMonths", summary.retentionCut().retentionMonths());
        }
        return write(node);
    }

    /** The summary, or null when the cache was written in another version. */
    static ReportSummary readSummary(String json) {
        JsonNode node = read(json);
        if (node.path("v").asInt() != VERSION) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        node.path("groups").forEach(group -> groups.add(group.asText()));
        List<DepartmentAggregate> departments = new ArrayList<>();
        node.path("departments").forEach(department -> departments.add(readAggregate(department)));
        return new ReportSummary(new Period(LocalDate.parse(node.path("from").asText()), LocalDate.parse(node.path("to").asText())),
                Instant.parse(node.path("computedAt").asText()), node.path("halfLife").asInt(), node.path("resamples").asInt(),
                groups, node.path("population").asInt(), node.path("previousPopulation").asInt(), node.path("leaders").asInt(),
                readAggregate(node.path("everyone")), departments, readRetentionCut(node));
    }

    /** Null when retention cut nothing, and for a cache written before the cut was recorded (the field is optional). */
    private static RetentionCut readRetentionCut(JsonNode node) {
        return node.hasNonNull("keptFrom")
                ? new RetentionCut(LocalDate.parse(node.path("keptFrom").asText()), node.path("retentionMonths").asInt())
                : null;
    }

    static int buckets(String summaryJson) {
        return Math.max(1, read(summaryJson).path("buckets").asInt(1));
    }

    static String people(List<PersonStanding> people) {
        ArrayNode array = JSON.createArrayNode();
        people.forEach(person -> array.add(person(person)));
        return write(array);
    }

    static List<PersonStanding> readPeople(String json) {
        List<PersonStanding> people = new ArrayList<>();
        read(json).forEach(node -> people.add(readPerson(node)));
        return people;
    }

    private static ObjectNode person(PersonStanding person) {
        ObjectNode node = JSON.createObjectNode();
        node.put("k", person.userKey());
        if (person.department() != null) {
            node.put("d", person.department());
        }
        node.put("b", person.band().name());
        node.put("l", person.leader());
        ArrayNode gates = node.putArray("g");
        person.failedGates().forEach(gate -> gates.add(gate.name()));
        node.put("e", person.distinctEndorsers());
        node.put("x", person.endorserDepartments());
        node.put("s", person.stability());
        ObjectNode shares = node.putObject("w");
        person.shareByKind().forEach((kind, share) -> shares.put(kind.name(), share));
        node.put("z", person.baselineShare());
        node.put("n", person.standing().name());
        node.put("p", person.previousStanding().name());
        node.put("t", person.trend().name());
        ArrayNode flags = node.putArray("f");
        person.flags().forEach(flag -> flags.add(flag.name()));
        ArrayNode content = node.putArray("c");
        for (ContentShare share : person.topContent()) {
            ObjectNode item = content.addObject();
            item.put("i", share.contentId());
            item.put("s", share.share());
            ArrayNode kinds = item.putArray("k");
            share.kinds().forEach(kind -> kinds.add(kind.name()));
        }
        return node;
    }

    private static PersonStanding readPerson(JsonNode node) {
        Set<LeaderGate> gates = EnumSet.noneOf(LeaderGate.class);
        node.path("g").forEach(gate -> gates.add(LeaderGate.valueOf(gate.asText())));
        Map<InteractionKind, Double> shares = new EnumMap<>(InteractionKind.class);
        node.path("w").fields().forEachRemaining(entry -> shares.put(InteractionKind.valueOf(entry.getKey()), entry.getValue().asDouble()));
        Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        node.path("f").forEach(flag -> flags.add(ReviewFlag.valueOf(flag.asText())));
        List<ContentShare> content = new ArrayList<>();
        for (JsonNode item : node.path("c")) {
            Set<InteractionKind> kinds = EnumSet.noneOf(InteractionKind.class);
            item.path("k").forEach(kind -> kinds.add(InteractionKind.valueOf(kind.asText())));
            content.add(new ContentShare(item.path("i").asText(), item.path("s").asDouble(), kinds));
        }
        return new PersonStanding(node.path("k").asText(), node.hasNonNull("d") ? node.path("d").asText() : null,
                LeaderBand.valueOf(node.path("b").asText()), node.path("l").asBoolean(), gates, node.path("e").asInt(),
                node.path("x").asInt(), node.path("s").asDouble(), shares, node.path("z").asDouble(),
                Standing.valueOf(node.path("n").asText()), Standing.valueOf(node.path("p").asText()),
                Trend.valueOf(node.path("t").asText()), flags, content);
    }

    private static ObjectNode aggregate(DepartmentAggregate aggregate) {
        ObjectNode node = JSON.createObjectNode();
        if (aggregate.group() != null) {
            node.put("group", aggregate.group());
        }
        node.put("people", aggregate.people());
        node.put("leaders", aggregate.leaders());
        node.put("top1", aggregate.top1());
        node.put("top5", aggregate.top5());
        node.put("rising", aggregate.rising());
        node.put("falling", aggregate.falling());
        ArrayNode bins = node.putArray("bins");
        for (int count : aggregate.distribution()) {
            bins.add(count);
        }
        return node;
    }

    private static DepartmentAggregate readAggregate(JsonNode node) {
        int[] bins = new int[node.path("bins").size()];
        for (int bin = 0; bin < bins.length; bin++) {
            bins[bin] = node.path("bins").get(bin).asInt();
        }
        return new DepartmentAggregate(node.hasNonNull("group") ? node.path("group").asText() : null, node.path("people").asInt(),
                node.path("leaders").asInt(), node.path("top1").asInt(), node.path("top5").asInt(), node.path("rising").asInt(),
                node.path("falling").asInt(), bins);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a cached report", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a cached report", e);
        }
    }
}
