package app.hallway.feedback;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code hallway-poll} macro's parameters read from storage format (names are forever: DESIGN.md, "Macro
 * parameters"). Parsing never throws: whatever is wrong becomes a {@link MacroProblem} the editor can act on,
 * and the poll still works whenever it has a question and two options.
 */
public record PollParameters(Optional<PollDefinition> definition, List<MacroProblem> problems) {
    static final List<String> NAMES = List.of("question", "options", "multiple", "anonymous", "closes", "results");
    static final int MAX_QUESTION = 300;
    static final int MAX_OPTION = 200;
    static final int MAX_OPTIONS = 20;

    public PollParameters {
        problems = List.copyOf(problems);
    }

    public static PollParameters parse(Map<String, String> raw) {
        Map<String, String> params = raw == null ? Map.of() : raw;
        List<MacroProblem> problems = new ArrayList<>();
        params.keySet().stream()
                .filter(name -> !NAMES.contains(name) && !name.startsWith(":") && !name.startsWith("atlassian-macro-output-type"))
                .sorted()
                .forEach(name -> problems.add(new MacroProblem(name, "hallway.macro.error.unknown", List.of(name, String.join(", ", NAMES)))));
        String question = trimmed(params.get("question"));
        if (question.isEmpty()) {
            problems.add(new MacroProblem("question", "hallway.poll.error.question", List.of()));
        } else if (question.length() > MAX_QUESTION) {
            problems.add(new MacroProblem("question", "hallway.poll.error.too-long", List.of("question", MAX_QUESTION)));
            question = question.substring(0, MAX_QUESTION);
        }
        List<String> options = options(params.get("options"), problems);
        boolean multiple = bool("multiple", params.get("multiple"), problems);
        boolean anonymous = bool("anonymous", params.get("anonymous"), problems);
        LocalDate closes = date(params.get("closes"), problems);
        PollResults results = results(params.get("results"), problems);
        Optional<PollDefinition> definition = question.isEmpty() || options.size() < 2
                ? Optional.empty()
                : Optional.of(new PollDefinition(question, options, multiple, anonymous, closes, results));
        return new PollParameters(definition, problems);
    }

    private static List<String> options(String value, List<MacroProblem> problems) {
        List<String> options = new ArrayList<>();
        for (String option : Arrays.stream(value == null ? new String[0] : value.split("\\|")).map(String::strip).toList()) {
            if (option.isEmpty()) {
                continue;
            }
            if (option.length() > MAX_OPTION) {
                problems.add(new MacroProblem("options", "hallway.poll.error.too-long", List.of("options", MAX_OPTION)));
                option = option.substring(0, MAX_OPTION);
            }
            if (options.contains(option)) {
                problems.add(new MacroProblem("options", "hallway.poll.error.duplicate", List.of(option)));
            } else {
                options.add(option);
            }
        }
        if (options.size() < 2) {
            problems.add(new MacroProblem("options", "hallway.poll.error.options", List.of()));
        }
        if (options.size() > MAX_OPTIONS) {
            problems.add(new MacroProblem("options", "hallway.poll.error.too-many", List.of(MAX_OPTIONS)));
            return List.copyOf(options.subList(0, MAX_OPTIONS));
        }
        return options;
    }

    private static boolean bool(String name, String value, List<MacroProblem> problems) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        if (!normalised.equals("true") && !normalised.equals("false")) {
            problems.add(new MacroProblem(name, "hallway.macro.error.choice", List.of(value, name, "true, false")));
            return false;
        }
        return normalised.equals("true");
    }

    private static LocalDate date(String value, List<MacroProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new MacroProblem("closes", "hallway.macro.error.date", List.of(value, "closes")));
            return null;
        }
    }

    private static PollResults results(String value, List<MacroProblem> problems) {
        if (value == null || value.isBlank()) {
            return PollResults.AFTER_VOTE;
        }
        return PollResults.fromValue(value).orElseGet(() -> {
            problems.add(new MacroProblem("results", "hallway.macro.error.choice",
                    List.of(value, "results", "always, after-vote, after-close")));
            return PollResults.AFTER_VOTE;
        });
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
