package app.hallway.sandbox.velocity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Confluence's rules for which Velocity references are inserted without HTML escaping (template renderer's
 * {@code HtmlSafeMethodNameAnnotator} and friends, PLATFORM.md §4): a scalar whose name ends with {@code html}
 * or is {@code body}, {@code head} or {@code xHtmlContent}; a value from a method whose name ends with
 * {@code Html} or starts with {@code render}/{@code getRender} (a property {@code $x.bodyHtml} is the getter
 * {@code getBodyHtml()}). {@code $!{x}} is judged as {@code $x}.
 */
public final class HtmlSafeReferences {
    private static final Set<String> SAFE_SCALARS = Set.of("body", "head", "xhtmlcontent");

    private HtmlSafeReferences() {
    }

    /** {@code reference} is the literal Velocity hands an insertion handler, e.g. {@code $!{view.getTitleHtml()}}. */
    public static boolean isHtmlSafe(String reference) {
        List<String> segments = segments(strip(reference));
        if (segments.isEmpty()) {
            return false;
        }
        String last = segments.get(segments.size() - 1);
        int paren = last.indexOf('(');
        if (paren >= 0) {
            String method = last.substring(0, paren).strip();
            return method.endsWith("Html") || method.startsWith("render") || method.startsWith("getRender");
        }
        String lower = last.toLowerCase(Locale.ROOT);
        if (segments.size() == 1) {
            return lower.endsWith("html") || SAFE_SCALARS.contains(lower);
        }
        // A property is read through its getter: getFooHtml() or getRenderedFoo().
        return lower.endsWith("html") || last.startsWith("render");
    }

    private static String strip(String reference) {
        String r = reference.strip();
        if (r.startsWith("$")) {
            r = r.substring(1);
        }
        if (r.startsWith("!")) {
            r = r.substring(1);
        }
        if (r.startsWith("{") && r.endsWith("}")) {
            r = r.substring(1, r.length() - 1);
        }
        return r;
    }

    /** Splits on dots outside parentheses, brackets and string literals. */
    private static List<String> segments(String reference) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        char quote = 0;
        for (char c : reference.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                segments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        segments.add(current.toString());
        return segments;
    }
}
