package app.hallway.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** {@code /sandbox/static/*}: the sandbox's own CSS (AUI's look) and the AJS shim, from {@code sandbox/static/}. */
public final class StaticServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!name.matches("[a-z0-9-]+\\.(css|js)")) {
            response.sendError(404);
            return;
        }
        try (InputStream in = StaticServlet.class.getResourceAsStream("/sandbox/static/" + name)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            in.transferTo(response.getOutputStream());
        }
    }
}
