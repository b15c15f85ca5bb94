package app.hallway.feedback;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * {@code ?limit=&cursor=} for the feature's lists. A cursor is an opaque, URL-safe encoding of the sort key of
 * the last item returned (keyset paging: stable while items are added, and an indexed seek, not an offset).
 */
public final class Paging {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Paging() {
    }

    /** The requested page size, {@value #DEFAULT_LIMIT} when absent; a 400 naming {@code limit} when out of range. */
    public static int limit(Integer requested, Texts texts) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw HallwayException.invalid("limit", texts.get("hallway.error.limit", MAX_LIMIT));
        }
        return requested;
    }

    /** A {@code ?limit=} as sent (null when absent); a 400 naming {@code limit} when it is not a number. */
    public static Integer parseLimit(String raw, Texts texts) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw HallwayException.invalid("limit", texts.get("hallway.error.limit", MAX_LIMIT));
        }
    }

    static String encode(long... values) {
        String plain = Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining("."));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code arity} numbers of a cursor, or null for no cursor; a 400 naming {@code cursor} when it is not one of ours. */
    static long[] decode(String cursor, int arity, Texts texts) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            long[] values = Arrays.stream(plain.split("\\.", -1)).mapToLong(Long::parseLong).toArray();
            if (values.length == arity) {
                return values;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below: NumberFormatException is an IllegalArgumentException too
        }
        throw HallwayException.invalid("cursor", texts.get("hallway.error.cursor"));
    }
}
