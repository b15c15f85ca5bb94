package app.hallway.platform;

/**
 * One run of plain text a person wrote: either text, or a link whose {@link #getHref() href} is a checked
 * {@code http(s)} URL. Templates emit both escaped (so a link is an {@code <a>} around escaped text and
 * nothing else ever becomes markup); scripts build DOM nodes from the JSON form. JavaBean getters for Velocity.
 */
public final class TextPart {
    private final String text;
    private final String href;

    private TextPart(String text, String href) {
        this.text = text;
        this.href = href;
    }

    static TextPart text(String text) {
        return new TextPart(text, null);
    }

    static TextPart link(String url) {
        return new TextPart(url, url);
    }

    public String getText() {
        return text;
    }

    /** The URL of a link; null for plain text. */
    public String getHref() {
        return href;
    }

    public boolean isLink() {
        return href != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextPart part && text.equals(part.text) && java.util.Objects.equals(href, part.href);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(text, href);
    }

    @Override
    public String toString() {
        return href == null ? text : "<" + href + ">";
    }
}
