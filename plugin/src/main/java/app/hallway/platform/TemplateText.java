package app.hallway.platform;

/**
 * The {@code $text} of every template: labels from the i18n bundles. Its one method is on the
 * velocity allow-list; templates get nothing else from the platform.
 */
public final class TemplateText {
    private final Texts texts;

    public TemplateText(Texts texts) {
        this.texts = texts;
    }

    public String get(String key) {
        return texts.get(key);
    }
}
