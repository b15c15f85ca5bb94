package app.hallway.feedback;

import java.util.Optional;

/**
 * What a reaction or feedback is about, as the REST contract names it: a Confluence content id ({@code 123}),
 * an announcement ({@code announcement:12}) or a feedback item ({@code feedback:34}).
 */
public record ItemKey(Kind kind, long id) {
    /** The kinds of item, with their prefix in a content id. */
    public enum Kind {
        CONTENT(""), ANNOUNCEMENT("announcement:"), FEEDBACK("feedback:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public static ItemKey content(long id) {
        return new ItemKey(Kind.CONTENT, id);
    }

    public static ItemKey feedback(long id) {
        return new ItemKey(Kind.FEEDBACK, id);
    }

    /** The key a content id names; empty for anything malformed (which callers answer like unknown content). */
    public static Optional<ItemKey> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.trim();
        for (Kind kind : new Kind[] {Kind.ANNOUNCEMENT, Kind.FEEDBACK}) {
            if (value.startsWith(kind.prefix)) {
                return number(value.substring(kind.prefix.length())).map(id -> new ItemKey(kind, id));
            }
        }
        return number(value).map(ItemKey::content);
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id = Long.parseLong(digits);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** The content id as the REST contract writes it. */
    public String value() {
        return kind.prefix + id;
    }

    @Override
    public String toString() {
        return value();
    }
}
