package app.hallway.packaging;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Every i18n key the jar uses: the descriptor's label and description keys, the macro browser's
 * conventional keys ({@code pluginKey.macroName.label}, {@code ….param.name.label} …), keys in templates and
 * scripts, and string constants in classes that look like Hallway keys. A constant that ends with a dot (a
 * key built at run time, {@code "hallway.announcement.priority." + value}) is a prefix some key must have.
 */
record I18nUsage(Set<String> keys, Set<String> prefixes) {
    private static final Pattern KEY = Pattern.compile("^hallway\\.[a-z0-9-]+(\\.[a-z0-9-]+)*\\.?$");
    private static final Pattern QUOTED_KEY = Pattern.compile("[\"'](hallway\\.[a-z0-9.-]+)[\"']");

    static I18nUsage of(PluginJar jar, Descriptor descriptor) {
        Set<String> keys = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (String tag : new String[] {"label", "description", "tooltip"}) {
            for (Element element : Descriptor.elements(descriptor.root(), tag)) {
                if (!element.getAttribute("key").isBlank()) {
                    keys.add(element.getAttribute("key"));
                }
            }
        }
        String pluginKey = descriptor.root().getAttribute("key");
        for (Element macro : descriptor.modules("xhtml-macro")) {
            String base = pluginKey + "." + macro.getAttribute("name");
            keys.add(base + ".label");
            keys.add(base + ".desc");
            for (Element parameter : Descriptor.elements(macro, "parameter")) {
                keys.add(base + ".param." + parameter.getAttribute("name") + ".label");
                keys.add(base + ".param." + parameter.getAttribute("name") + ".desc");
            }
        }
        for (String entry : jar.entryNames()) {
            if (entry.startsWith("app/hallway/") && entry.endsWith(".class")) {
                for (String constant : ClassFileStrings.of(jar.bytes(entry))) {
                    // String concatenation recipes mark the inserted values with \u0001.
                    String head = constant.split("\u0001", -1)[0];
                    boolean concatenated = constant.contains("\u0001");
                    if (KEY.matcher(head).matches()) {
                        (head.endsWith(".") || concatenated ? prefixes : keys).add(head);
                    }
                }
            } else if (entry.endsWith(".vm") || entry.endsWith(".js")) {
                Matcher matcher = QUOTED_KEY.matcher(jar.text(entry));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    (key.endsWith(".") ? prefixes : keys).add(key);
                }
            }
        }
        return new I18nUsage(keys, prefixes);
    }
}
