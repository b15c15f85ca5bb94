package app.hallway.announce;

import app.hallway.platform.RichText;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text work of a page view, remembered per body: splitting out translations, the fingerprint, the
 * excerpt and the sanitised HTML of each language are pure functions of the title and body Confluence hands
 * the macro, so a node may keep them. Bounded: when full it starts over, which costs one recomputation per
 * announcement on the page.
 */
final class RenderedBodies {
    static final int CAPACITY = 512;

    private final Map<Key, Body> bodies = new ConcurrentHashMap<>();

    Body of(String title, String bodyHtml) {
        Key key = new Key(title, bodyHtml);
        Body known = bodies.get(key);
        if (known != null) {
            return known;
        }
        if (bodies.size() >= CAPACITY) {
            bodies.clear();
        }
        Body computed = new Body(TranslatedText.of(bodyHtml), title);
        bodies.put(key, computed);
        return computed;
    }

    private record Key(String title, String bodyHtml) {
    }

    /** One body's derived text. */
    static final class Body {
        private final TranslatedText text;
        private final String fingerprint;
        private final String excerpt;
        private final Map<String, String> sanitised = new ConcurrentHashMap<>();

        private Body(TranslatedText text, String title) {
            this.text = text;
            this.fingerprint = text.fingerprint(title);
            this.excerpt = PlainText.excerpt(text.defaultHtml(), ShowAnnouncement.EXCERPT_LENGTH);
        }

        TranslatedText text() {
            return text;
        }

        String fingerprint() {
            return fingerprint;
        }

        String excerpt() {
            return excerpt;
        }

        /** The chosen text, through the sanitiser once per language. */
        String sanitised(TranslatedText.Choice choice) {
            return sanitised.computeIfAbsent(choice.lang() + "\u0000" + choice.html(), ignored -> RichText.sanitize(choice.html()));
        }
    }
}
