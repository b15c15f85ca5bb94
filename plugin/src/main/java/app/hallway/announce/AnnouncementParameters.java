package app.hallway.announce;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code hallway-announcement} macro's parameters, read from storage format. Parsing never throws:
 * whatever is wrong becomes a {@link ParameterProblem} the editor can act on, and the rest still renders.
 * The names are forever (DESIGN.md, "Macro parameters"). Whether the audience's groups exist is checked by
 * {@link ShowAnnouncement}, which knows the directory.
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

    /** Longest title kept; the store's column holds 255 characters and a headline should be far shorter. */
    public static final int MAX_TITLE = 200;
    static final Set<String> NAMES = Set.of("title", "priority", "audience", "from", "until", "acknowledgement", "due", "lang");
    private static final String KNOWN = "title, priority, audience, from, until, acknowledgement, due, lang";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

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
        if (title.length() > MAX_TITLE) {
            problems.add(new ParameterProblem("title", "hallway.macro.error.title-too-long", List.of(MAX_TITLE)));
            title = title.substring(0, MAX_TITLE);
        }
        Priority priority = priority(params.get("priority"), problems);
        LocalDate from = date("from", params.get("from"), problems);
        LocalDate until = date("until", params.get("until"), problems);
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(new ParameterProblem("until", "hallway.macro.error.until-before-from", List.of(until.toString(), from.toString())));
        }
        boolean acknowledgement = bool("acknowledgement", params.get("acknowledgement"), problems);
        LocalDate due = date("due", params.get("due"), problems);
        List<String> audience = groups(params.get("audience"));
        checkAcknowledgement(acknowledgement, audience, due, until, problems);
        String lang = trimmed(params.get("lang"));
        if (!lang.isEmpty() && !LANGUAGE_TAG.matcher(lang).matches()) {
            problems.add(new ParameterProblem("lang", "hallway.macro.error.lang", List.of(lang)));
            lang = "";
        }
        return new AnnouncementParameters(title, priority, audience, from, until, acknowledgement, due,
                lang.replace('_', '-'), problems);
    }

    /** The parameters as the announcement stores them. */
    public AnnouncementSettings settings() {
        return new AnnouncementSettings(priority, audience, from, until, acknowledgement, due, lang);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** A copy with more problems (those only the directory can find, such as unknown groups). */
    public AnnouncementParameters withProblems(List<ParameterProblem> more) {
        List<ParameterProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new AnnouncementParameters(title, priority, audience, from, until, acknowledgement, due, lang, all);
    }

    /**
     * Acknowledgement needs to know who must acknowledge: "everyone who can view the page" cannot be listed,
     * so the report could never say who has not. A due date without acknowledgement, or after the last day
     * shown, would be a promise nobody can keep.
     */
    private static void checkAcknowledgement(boolean acknowledgement, List<String> audience, LocalDate due, LocalDate until,
                                             List<ParameterProblem> problems) {
        if (acknowledgement && audience.isEmpty()) {
            problems.add(new ParameterProblem("audience", "hallway.macro.error.acknowledgement-needs-audience", List.of()));
        }
        if (due != null && !acknowledgement) {
            problems.add(new ParameterProblem("due", "hallway.macro.error.due-without-acknowledgement", List.of(due.toString())));
        }
        if (due != null && until != null && due.isAfter(until)) {
            problems.add(new ParameterProblem("due", "hallway.macro.error.due-after-until", List.of(due.toString(), until.toString())));
        }
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

    static LocalDate date(String name, String value, List<ParameterProblem> problems) {
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
        String normalised = value.trim().toLowerCase(Locale.ROOT);
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
