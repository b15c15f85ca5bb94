package app.hallway.sandbox.web;

import app.hallway.sandbox.plugin.WebResourceModule;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code /download/resources/{pluginKey}:{moduleKey}/{name}}: the plugin's web-resource downloads, served from its
 * class path, as Confluence serves them. Only declared resources are served (a directory resource such as
 * {@code images/} serves the files under it).
 */
public final class WebResourceServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "png", "image/png", "svg", "image/svg+xml", "json", "application/json");

    private final ClassLoader loader;
    private final String pluginKey;
    private final List<WebResourceModule> modules;

    public WebResourceServlet(ClassLoader loader, String pluginKey, List<WebResourceModule> modules) {
        this.loader = loader;
        this.pluginKey = pluginKey;
        this.modules = List.copyOf(modules);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String location = locate(path);
        if (location == null || location.contains("..")) {
            response.sendError(404);
            return;
        }
        try (InputStream in = loader.getResourceAsStream(location)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String extension = location.substring(location.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            in.transferTo(response.getOutputStream());
        }
    }

    private String locate(String path) {
        for (WebResourceModule module : modules) {
            String prefix = pluginKey + ":" + module.key() + "/";
            if (path.startsWith(prefix)) {
                String name = path.substring(prefix.length());
                for (WebResourceModule.Download download : module.downloads()) {
                    if (download.name().equals(name)) {
                        return download.location();
                    }
                    if (download.name().endsWith("/") && name.startsWith(download.name())) {
                        return download.location() + name.substring(download.name().length());
                    }
                }
            }
        }
        return null;
    }
}
