package app.hallway.announce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An announcement's body split into its default text and the {@code hallway-translation} blocks inside it.
 * Confluence renders nested macros first, so the announcement macro receives each translation as the marker
 * {@link #marker} wrote; this class finds them again. Keys are lower-case language tags ({@code es},
 * {@code pt-br}).
 */
public record TranslatedText(String defaultHtml, Map<String, String> translations) {
    static final String ATTRIBUTE = "data-hallway-lang";
    private static final Pattern START = Pattern.compile("<div\\b[^>]*\\b" + ATTRIBUTE + "=\"([^\"]*)\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIV_TAG = Pattern.compile("<(/?)div\\b[^>]*?(/?)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAFE_TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    public TranslatedText {
        translations = Map.copyOf(translations);
    }

    /**
     * The HTML the translation macro emits: its text in a block that names its language. Outside an
     * announcement it simply shows, marked with {@code lang} for screen readers.
     */
    public static String marker(String lang, String html) {
        String tag = normalise(lang);
        if (!SAFE_TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("Not a language tag: " + lang);
        }
        return "<div class=\"hallway-translation\" " + ATTRIBUTE + "=\"" + tag + "\" lang=\"" + tag + "\">" + html + "</div>";
    }

    /** True when {@code lang} can name a translation (letters, digits and hyphens in BCP 47 shape). */
    public static boolean isLanguageTag(String lang) {
        return lang != null && SAFE_TAG.matcher(normalise(lang)).matches();
    }

    /** Splits rendered body HTML; the first block for a language wins, text outside blocks is the default. */
    public static TranslatedText of(String bodyHtml) {
        String body = bodyHtml == null ? "" : bodyHtml;
        Map<String, String> translations = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        int position = 0;
        Matcher start = START.matcher(body);
        while (start.find(position)) {
            int innerStart = start.end();
            int close = matchingClose(body, innerStart);
            if (close < 0) {
                break;
            }
            rest.append(body, position, start.start());
            translations.putIfAbsent(normalise(start.group(1)), body.substring(innerStart, close));
            position = close + "</div>".length();
        }
        rest.append(body.substring(position));
        return new TranslatedText(rest.toString().strip(), translations);
    }

    /**
     * The text for a reader of {@code viewer}'s language: the default when the announcement is written in it,
     * else a translation in that language (exact tag first, then the language alone), else the default.
     *
     * @param defaultLang the announcement's {@code lang} parameter, possibly empty
     */
    public Choice forReader(Locale viewer, String defaultLang) {
        String wanted = normalise(viewer.toLanguageTag());
        String language = normalise(viewer.getLanguage());
        String written = normalise(defaultLang);
        if (!written.isEmpty() && (written.equals(wanted) || primary(written).equals(language))) {
            return new Choice(defaultHtml, written);
        }
        if (translations.containsKey(wanted)) {
            return new Choice(translations.get(wanted), wanted);
        }
        for (Map.Entry<String, String> translation : translations.entrySet()) {
            if (primary(translation.getKey()).equals(language)) {
                return new Choice(translation.getValue(), translation.getKey());
            }
        }
        return new Choice(defaultHtml, written);
    }

    /** A digest of the title and every language's text: it changes exactly when the text does. */
    public String fingerprint(String title) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, title);
            update(sha, defaultHtml);
            for (Map.Entry<String, String> translation : new TreeMap<>(translations).entrySet()) {
                update(sha, translation.getKey());
                update(sha, translation.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static void update(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** The index of the {@code </div>} closing the block whose content starts at {@code from}, or -1. */
    private static int matchingClose(String html, int from) {
        Matcher tag = DIV_TAG.matcher(html);
        int depth = 1;
        int position = from;
        while (tag.find(position)) {
            boolean closing = !tag.group(1).isEmpty();
            boolean selfClosing = !tag.group(2).isEmpty();
            if (closing) {
                depth--;
                if (depth == 0) {
                    return tag.start();
                }
            } else if (!selfClosing) {
                depth++;
            }
            position = tag.end();
        }
        return -1;
    }

    private static String normalise(String tag) {
        return tag == null ? "" : tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /** The text chosen for a reader and its language tag (empty when unknown). */
    public record Choice(String html, String lang) {
    }
}
