package app.hallway.announce;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code hallway-announcement} macro's parameters, read from storage format. Parsing never throws:
 * whatever is wrong becomes a {@link ParameterProblem} the editor can act on, and the rest still renders.
 * The names are forever (DESIGN.md, "Macro parameters").
 */
public record AnnouncementParameters(
        String title,
        Priority priority,
        List<String> audience,
        LocalDate from,
        LocalDate until,
        boolean acknowledgement,
        LocalDate due,
        String lang,
        List<ParameterProblem> problems) {

    static final Set<String> NAMES = Set.of("title", "priority", "audience", "from", "until", "acknowledgement", "due", "lang");
    private static final String KNOWN = String.join(", ", List.of("title", "priority", "audience", "from", "until", "acknowledgement", "due", "lang"));

    public AnnouncementParameters {
        audience = List.copyOf(audience);
        problems = List.copyOf(problems);
    }

    public static AnnouncementParameters parse(Map<String, String> raw) {
        Map<String, String> params = raw == null ? Map.of() : raw;
        List<ParameterProblem> problems = new ArrayList<>();
        params.keySet().stream()
                .filter(name -> !NAMES.contains(name) && !isConfluenceInternal(name))
                .sorted()
                .forEach(name -> problems.add(new ParameterProblem(name, "hallway.macro.error.unknown", List.of(name, KNOWN))));
        String title = trimmed(params.get("title"));
        Priority priority = priority(params.get("priority"), problems);
        LocalDate from = date("from", params.get("from"), problems);
        LocalDate until = date("until", params.get("until"), problems);
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new ParameterProblem("until", "hallway.macro.error.until-before-from", List.of(until.toString(), from.toString())));
        }
        boolean acknowledgement = bool("acknowledgement", params.get("acknowledgement"), problems);
        LocalDate due = date("due", params.get("due"), problems);
        return new AnnouncementParameters(title, priority, groups(params.get("audience")), from, until,
                acknowledgement, due, trimmed(params.get("lang")), problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Confluence adds its own bookkeeping parameters (": = | RAW | = :" and friends) to some macros. */
    private static boolean isConfluenceInternal(String name) {
        return name.startsWith(":") || name.startsWith("atlassian-macro-output-type");
    }

    private static Priority priority(String value, List<ParameterProblem> problems) {
        if (value == null || value.isBlank()) {
            return Priority.INFO;
        }
        return Priority.fromParameter(value).orElseGet(() -> {
            problems.add(new ParameterProblem("priority", "hallway.macro.error.choice",
                    List.of(value, "priority", "info, important, urgent")));
            return Priority.INFO;
        });
    }

    private static LocalDate date(String name, String value, List<ParameterProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new ParameterProblem(name, "hallway.macro.error.date", List.of(value, name)));
            return null;
        }
    }

    private static boolean bool(String name, String value, List<ParameterProblem> problems) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String normalised = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!normalised.equals("true") && !normalised.equals("false")) {
            problems.add(new ParameterProblem(name, "hallway.macro.error.choice", List.of(value, name, "true, false")));
            return false;
        }
        return normalised.equals("true");
    }

    private static List<String> groups(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    /** True when a name is one of this macro's parameters; for tests and the macro-browser descriptor check. */
    public static boolean isParameter(String name) {
        return NAMES.contains(Objects.requireNonNull(name));
    }
}
