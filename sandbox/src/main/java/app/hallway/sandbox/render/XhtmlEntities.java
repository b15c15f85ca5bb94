package app.hallway.sandbox.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storage format is XHTML that may use HTML's named entities ({@code &nbsp;}), which an XML parser without a
 * DTD rejects. They become numeric references first; an unknown name is kept as literal text.
 */
final class XhtmlEntities {
    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("nbsp", 160), Map.entry("ndash", 8211), Map.entry("mdash", 8212), Map.entry("hellip", 8230),
            Map.entry("lsquo", 8216), Map.entry("rsquo", 8217), Map.entry("ldquo", 8220), Map.entry("rdquo", 8221),
            Map.entry("copy", 169), Map.entry("reg", 174), Map.entry("trade", 8482), Map.entry("euro", 8364),
            Map.entry("middot", 183), Map.entry("bull", 8226), Map.entry("laquo", 171), Map.entry("raquo", 187),
            Map.entry("times", 215), Map.entry("deg", 176), Map.entry("iexcl", 161), Map.entry("iquest", 191),
            Map.entry("aacute", 225), Map.entry("eacute", 233), Map.entry("iacute", 237), Map.entry("oacute", 243),
            Map.entry("uacute", 250), Map.entry("ntilde", 241), Map.entry("Ntilde", 209), Map.entry("uuml", 252),
            Map.entry("Aacute", 193), Map.entry("Eacute", 201), Map.entry("Oacute", 211), Map.entry("ccedil", 231));
    private static final java.util.Set<String> XML = java.util.Set.of("amp", "lt", "gt", "quot", "apos");

    private XhtmlEntities() {
    }

    static String toNumeric(String storage) {
        Matcher matcher = ENTITY.matcher(storage);
        StringBuilder out = new StringBuilder(storage.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (XML.contains(name)) {
                replacement = matcher.group();
            } else if (NAMED.containsKey(name)) {
                replacement = "&#" + NAMED.get(name) + ";";
            } else {
                replacement = "&amp;" + name + ";";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
