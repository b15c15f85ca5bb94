package app.hallway.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reactions people may give, in display order (setting {@value FeedbackSettings#REACTIONS}, default
 * 👍 ❤️ 🎉 💡 🤔). A reaction is matched ignoring emoji variation selectors, so {@code ❤} and {@code ❤️} are
 * the same reaction and the configured spelling is the one stored.
 */
public final class ReactionSet {
    public static final List<String> DEFAULT = List.of("👍", "❤️", "🎉", "💡", "🤔");
    static final int MAX_REACTIONS = 12;
    static final int MAX_LENGTH = 8;

    private final List<String> reactions;

    private ReactionSet(List<String> reactions) {
        this.reactions = List.copyOf(reactions);
    }

    public static ReactionSet defaults() {
        return new ReactionSet(DEFAULT);
    }

    /** The set a stored setting describes; anything unusable in it falls back to the default set. */
    public static ReactionSet fromSetting(String value) {
        if (value == null || value.isBlank()) {
            return defaults();
        }
        List<String> parsed = split(value);
        return problems(parsed).isEmpty() ? new ReactionSet(parsed) : defaults();
    }

    /** Splits an administrator's list at commas and whitespace. */
    static List<String> split(String value) {
        return Arrays.stream(value.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** What is wrong with a proposed set, as short English reasons for the log; empty when it is usable. */
    static List<String> problems(List<String> proposed) {
        List<String> problems = new ArrayList<>();
        if (proposed.isEmpty() || proposed.size() > MAX_REACTIONS) {
            problems.add("between 1 and " + MAX_REACTIONS + " reactions");
        }
        List<String> seen = new ArrayList<>();
        for (String reaction : proposed) {
            if (reaction.codePointCount(0, reaction.length()) > MAX_LENGTH
                    || reaction.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\' || c == '%' || c == '<' || c == '>')) {
                problems.add("unusable reaction " + reaction);
            }
            if (seen.contains(canonical(reaction))) {
                problems.add("duplicate " + reaction);
            }
            seen.add(canonical(reaction));
        }
        return problems;
    }

    public List<String> reactions() {
        return reactions;
    }

    /** The configured spelling of {@code requested}, or empty when it is not in the set. */
    public Optional<String> match(String requested) {
        if (requested == null) {
            return Optional.empty();
        }
        String wanted = canonical(requested.strip());
        return reactions.stream().filter(r -> canonical(r).equals(wanted)).findFirst();
    }

    public String asSetting() {
        return String.join(",", reactions);
    }

    private static String canonical(String reaction) {
        return reaction.replace("\uFE0F", "").replace("\uFE0E", "");
    }

    @Override
    public String toString() {
        return String.join(" ", reactions);
    }
}
