package app.hallway.announce.confluence;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;
import java.util.List;

/**
 * {@code ?limit=&cursor=} of the REST contract. The cursor is opaque to clients; here it is the offset of the
 * next item, which is stable enough for lists computed in one order from current data.
 */
record Paging(int limit, int offset) {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 1000;

    static Paging parse(String limit, String cursor, Texts texts) {
        return new Paging(number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, texts), number("cursor", cursor, 0, 0, Integer.MAX_VALUE, texts));
    }

    <T> List<T> page(List<T> all) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }

    /** The cursor of the page after this one, or null when this is the last. */
    String next(int total) {
        return offset + limit < total ? String.valueOf(offset + limit) : null;
    }

    private static int number(String field, String value, int fallback, int min, int max, Texts texts) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HallwayException.invalid(field, texts.get("hallway.error.number", field, min, max));
    }
}
