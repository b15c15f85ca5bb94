package app.hallway.announce;

/**
 * What {@code templates/announce/translation.vm} shows: the translation block that the enclosing announcement
 * picks up, or, when the {@code lang} parameter is missing or malformed, the text with a message to the editor.
 */
public final class TranslationView {
    private final String blockHtml;
    private final String bodyHtml;
    private final String problem;

    private TranslationView(String blockHtml, String bodyHtml, String problem) {
        this.blockHtml = blockHtml;
        this.bodyHtml = bodyHtml;
        this.problem = problem;
    }

    /** The {@code hallway-translation} macro: its body, marked with its language; or the editor's message. */
    public static TranslationView of(String lang, String bodyHtml, String problem) {
        String body = bodyHtml == null ? "" : bodyHtml;
        if (TranslatedText.isLanguageTag(lang)) {
            return new TranslationView(TranslatedText.marker(lang, body), body, "");
        }
        return new TranslationView("", body, problem);
    }

    public boolean isValid() {
        return problem.isEmpty();
    }

    /** The marked block; Confluence has rendered the body already, so it is emitted as it came. */
    public String getBlockHtml() {
        return blockHtml;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getProblem() {
        return problem;
    }
}
