package app.hallway.sandbox.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.sandbox.testing.SampleView;
import com.atlassian.templaterenderer.RenderingException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VelocityTemplateRendererTest {
    private static final String VIEW = SampleView.class.getName();
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(getClass().getClassLoader(),
            new MethodAllowlist(Set.of(VIEW + "#getTitle()", VIEW + "#getBodyHtml()"), "app.hallway."));

    private String render(String template, SampleView view) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render("templates/sandbox-test/" + template, Map.of("view", view), out);
        return out.toString();
    }

    @Test
    void scriptInAViewValueIsEscaped() throws IOException {
        String html = render("view.vm", new SampleView("<script>alert('x')</script>", "<b>ok</b>"));
        assertTrue(html.contains("<h2>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h2>"), html);
        assertTrue(html.contains("<p class=\"bang\">&lt;script&gt;"), "$!{x} escapes like $x: " + html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void aGetterNamedHtmlIsInsertedAsIs() throws IOException {
        String html = render("view.vm", new SampleView("t", "<b>bold</b>"));
        assertTrue(html.contains("<div class=\"body\"><b>bold</b></div>"), html);
    }

    @Test
    void aGetterMissingFromTheAllowlistFailsTheRendering() {
        RenderingException e = assertThrows(RenderingException.class, () -> render("secret.vm", new SampleView("t", "b")));
        assertTrue(e.getMessage().contains("Method needs allowlisting: " + VIEW + "#getSecret()"), e.getMessage());
    }

    @Test
    void disableHtmlEscapingTurnsEscapingOffForTheTemplate() throws IOException {
        assertEquals("<p><i>raw</i></p>", render("raw.vm", new SampleView("<i>raw</i>", "")).strip());
    }

    @Test
    void fragmentsEscapeToo() {
        assertEquals("&lt;b&gt; <b>", renderer.renderFragment("$x $xHtml", Map.of("x", "<b>", "xHtml", "<b>")));
    }

    @Test
    void confluenceSafeReferenceRules() {
        assertTrue(HtmlSafeReferences.isHtmlSafe("$body"));
        assertTrue(HtmlSafeReferences.isHtmlSafe("$!{xHtmlContent}"));
        assertTrue(HtmlSafeReferences.isHtmlSafe("$view.bodyHtml"));
        assertTrue(HtmlSafeReferences.isHtmlSafe("$!{view.getTitleHtml()}"));
        assertTrue(HtmlSafeReferences.isHtmlSafe("$helper.renderPanel($a.b, \"x.y\")"));
        assertFalse(HtmlSafeReferences.isHtmlSafe("$view.body"));
        assertFalse(HtmlSafeReferences.isHtmlSafe("$text.get(\"some.Html\")"));
        assertFalse(HtmlSafeReferences.isHtmlSafe("$!{view.title}"));
    }
}
