package app.hallway.platform.confluence;

import app.hallway.platform.TemplateText;
import app.hallway.platform.Texts;
import app.hallway.platform.Views;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** {@link Views} over the Atlassian template renderer (Velocity with HTML auto-escaping). */
@Named
public final class VelocityViews implements Views {
    private final TemplateRenderer renderer;
    private final TemplateText text;

    @Inject
    public VelocityViews(TemplateRenderer renderer, Texts texts) {
        this.renderer = renderer;
        this.text = new TemplateText(texts);
    }

    @Override
    public String render(String template, Object view) {
        Map<String, Object> context = new HashMap<>();
        context.put("view", view);
        context.put("text", text);
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
