package app.hallway.sandbox.testing;

/** A view object as the plugin writes them, in an {@code app.hallway} package so the allowlist governs it. */
public final class SampleView {
    private final String title;
    private final String bodyHtml;

    public SampleView(String title, String bodyHtml) {
        this.title = title;
        this.bodyHtml = bodyHtml;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /** Not on the allowlist the tests use. */
    public String getSecret() {
        return "secret";
    }
}
