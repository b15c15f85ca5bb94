package app.hallway.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one gate rich text passes before Hallway emits it unescaped: an OWASP allow-list of formatting,
 * blocks, links, tables and images. Scripts, event handlers and {@code javascript:} URLs are removed.
 */
public final class RichText {
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(Sanitizers.STYLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("span", "div", "pre", "code", "hr", "figure", "figcaption")
                    .allowAttributes("class").onElements("span", "div", "p", "pre", "code", "table", "td", "th", "tr",
                            "ul", "ol", "li", "a", "img", "h1", "h2", "h3", "h4", "h5", "h6", "figure")
                    .toFactory());

    private RichText() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
