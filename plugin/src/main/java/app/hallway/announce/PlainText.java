package app.hallway.announce;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rich text reduced to a line of plain text: for feed excerpts and e-mail, where markup has no place. */
final class PlainText {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private PlainText() {
    }

    /** The text of {@code html}, whitespace collapsed, cut at a word boundary to at most {@code max} characters. */
    static String excerpt(String html, int max) {
        String text = unescape(TAG.matcher(html == null ? "" : html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    private static String unescape(String text) {
        Matcher numeric = NUMERIC.matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            int code;
            try {
                code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException e) {
                code = ' ';
            }
            numeric.appendReplacement(out, Matcher.quoteReplacement(Character.isValidCodePoint(code) ? Character.toString(code) : " "));
        }
        numeric.appendTail(out);
        return out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
