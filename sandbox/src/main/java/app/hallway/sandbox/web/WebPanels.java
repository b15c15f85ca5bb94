package app.hallway.sandbox.web;

import app.hallway.sandbox.plugin.LoadedPlugin;
import app.hallway.sandbox.plugin.WebPanelModule;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the plugin's web panels for one location of the page view, lighter weight first, with the context
 * Confluence gives them ({@code page}, {@code space}, {@code spacekey}, {@code user}) plus the context
 * provider's map. A failing panel shows an error box; the page still renders.
 */
public final class WebPanels {
    private static final Logger LOG = LoggerFactory.getLogger(WebPanels.class);

    private final LoadedPlugin plugin;
    private final TemplateRenderer renderer;
    private final ClassLoader loader;

    public WebPanels(LoadedPlugin plugin, TemplateRenderer renderer, ClassLoader loader) {
        this.plugin = plugin;
        this.renderer = renderer;
        this.loader = loader;
    }

    public String render(String location, AbstractPage page, ConfluenceUser user) {
        StringBuilder out = new StringBuilder();
        for (WebPanelModule panel : plugin.descriptor().webPanels()) {
            if (location.equals(panel.location())) {
                out.append("<div class=\"sandbox-web-panel\" data-panel=\"").append(Html.escape(panel.key())).append("\">")
                        .append(renderPanel(panel, page, user)).append("</div>");
            }
        }
        return out.toString();
    }

    private String renderPanel(WebPanelModule panel, AbstractPage page, ConfluenceUser user) {
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        context.put("space", page.getSpace());
        context.put("spacekey", page.getSpaceKey());
        context.put("user", user);
        try {
            ContextProvider provider = plugin.contextProvider(panel.key());
            if (provider != null) {
                context = new HashMap<>(provider.getContextMap(context));
            }
            if ("velocity".equals(panel.resourceType())) {
                if (panel.inline()) {
                    return renderer.renderFragment(panel.template(), context);
                }
                StringWriter out = new StringWriter();
                renderer.render(panel.template(), context, out);
                return out.toString();
            }
            return panel.inline() ? panel.template() : resource(panel.template());
        } catch (IOException | RuntimeException e) {
            LOG.error("Web panel {} failed on page {}", panel.key(), page.getId(), e);
            return "<div class=\"aui-message aui-message-error\"><p class=\"title\"><strong>Error rendering web panel "
                    + Html.escape(panel.key()) + "</strong></p><p>" + Html.escape(e.getMessage()) + "</p></div>";
        }
    }

    private String resource(String location) throws IOException {
        try (InputStream in = loader.getResourceAsStream(location)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
