package app.hallway.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safe linkifier for plain text (feedback, responses): {@code http://} and {@code https://} URLs become
 * links, everything else stays text. Only those two schemes can ever become an {@code href}, so
 * {@code javascript:} and {@code data:} stay inert text. Trailing punctuation that usually closes a sentence
 * ({@code .,;:!?)]'"}) is left out of the link unless it balances an opening bracket inside it.
 */
public final class LinkedText {
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");
    private static final String TRAILING = ".,;:!?)]}'\"";
    private static final int MAX_URL = 2048;

    private LinkedText() {
    }

    public static List<TextPart> parse(String text) {
        List<TextPart> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        Matcher matcher = URL.matcher(text);
        int done = 0;
        while (matcher.find()) {
            String candidate = trimTrailing(matcher.group());
            int end = matcher.start() + candidate.length();
            if (!isSafeUrl(candidate)) {
                continue;
            }
            if (matcher.start() > done) {
                parts.add(TextPart.text(text.substring(done, matcher.start())));
            }
            parts.add(TextPart.link(candidate));
            done = end;
        }
        if (done < text.length()) {
            parts.add(TextPart.text(text.substring(done)));
        }
        return List.copyOf(parts);
    }

    private static String trimTrailing(String url) {
        String trimmed = url;
        while (!trimmed.isEmpty() && TRAILING.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            char last = trimmed.charAt(trimmed.length() - 1);
            if (last == ')' && count(trimmed, '(') >= count(trimmed, ')')) {
                break;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static boolean isSafeUrl(String candidate) {
        if (candidate.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
