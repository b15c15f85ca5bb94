package app.hallway.announce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code hallway-announcements} feed macro's parameters ({@code spaces}, {@code priority}, {@code max}),
 * parsed without throwing: problems are for the editor, the feed still renders with the defaults.
 */
public record FeedParameters(FeedQuery query, int max, List<ParameterProblem> problems) {
    public static final int DEFAULT_MAX = 20;
    public static final int LARGEST_MAX = 100;
    private static final Set<String> NAMES = Set.of("spaces", "priority", "max");
    private static final Pattern SPACE_KEY = Pattern.compile("~?[A-Za-z0-9_.@-]+");

    public FeedParameters {
        problems = List.copyOf(problems);
    }

    public static FeedParameters parse(Map<String, String> raw) {
        Map<String, String> params = raw == null ? Map.of() : raw;
        List<ParameterProblem> problems = new ArrayList<>();
        params.keySet().stream()
                .filter(name -> !NAMES.contains(name) && !name.startsWith(":") && !name.startsWith("atlassian-macro-output-type"))
                .sorted()
                .forEach(name -> problems.add(new ParameterProblem(name, "hallway.macro.error.unknown", List.of(name, "spaces, priority, max"))));
        Set<String> spaces = new LinkedHashSet<>();
        String spaceList = params.getOrDefault("spaces", "");
        Arrays.stream(spaceList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(key -> {
            if (SPACE_KEY.matcher(key).matches()) {
                spaces.add(key);
            } else {
                problems.add(new ParameterProblem("spaces", "hallway.macro.error.space-key", List.of(key)));
            }
        });
        Priority minimum = Priority.INFO;
        String priority = params.get("priority");
        if (priority != null && !priority.isBlank()) {
            minimum = Priority.fromParameter(priority).orElseGet(() -> {
                problems.add(new ParameterProblem("priority", "hallway.macro.error.choice", List.of(priority, "priority", "info, important, urgent")));
                return Priority.INFO;
            });
        }
        return new FeedParameters(new FeedQuery(spaces, minimum), max(params.get("max"), problems), problems);
    }

    private static int max(String value, List<ParameterProblem> problems) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX;
        }
        try {
            int max = Integer.parseInt(value.trim());
            if (max >= 1 && max <= LARGEST_MAX) {
                return max;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ParameterProblem("max", "hallway.macro.error.max", List.of(value, LARGEST_MAX)));
        return DEFAULT_MAX;
    }
}
