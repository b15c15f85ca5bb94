package app.hallway.feedback;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;

/**
 * Text people write into Hallway (feedback, HR's responses): plain text of at most {@value #MAX_LENGTH}
 * characters. Line breaks are kept (as {@code \n}), other control characters dropped, the ends trimmed.
 * Markup is not removed: it is text, and templates and scripts show it as text.
 */
final class PlainText {
    static final int MAX_LENGTH = 2000;

    private PlainText() {
    }

    /** The cleaned text; a 400 naming {@code field} when it is empty or too long. */
    static String required(String raw, String field, Texts texts) {
        String text = clean(raw);
        if (text.isEmpty()) {
            throw HallwayException.invalid(field, texts.get("hallway.error.text.empty", field));
        }
        return checkLength(text, field, texts);
    }

    /** The cleaned text, or null when there is none; a 400 naming {@code field} when too long. */
    static String optional(String raw, String field, Texts texts) {
        String text = clean(raw);
        return text.isEmpty() ? null : checkLength(text, field, texts);
    }

    private static String checkLength(String text, String field, Texts texts) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            throw HallwayException.invalid(field, texts.get("hallway.error.text.too-long", field, MAX_LENGTH, length));
        }
        return text;
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> c != 0x200B && c != 0xFEFF)
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }
}
