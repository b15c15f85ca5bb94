package app.hallway.feedback.confluence;

import app.hallway.platform.Texts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The i18n texts of one rendering, each looked up once: the panel's template asks for the same dozen labels
 * for every item it shows. Lives for one render only (one viewer, one language), so nothing stale is shared.
 */
final class RenderTexts implements Texts {
    private final Texts texts;
    private final Map<String, String> plain = new HashMap<>();

    RenderTexts(Texts texts) {
        this.texts = texts;
    }

    @Override
    public String get(String key, Object... arguments) {
        if (arguments.length > 0) {
            return texts.get(key, arguments);
        }
        return plain.computeIfAbsent(key, texts::get);
    }

    @Override
    public String get(Locale locale, String key, Object... arguments) {
        return texts.get(locale, key, arguments);
    }
}
