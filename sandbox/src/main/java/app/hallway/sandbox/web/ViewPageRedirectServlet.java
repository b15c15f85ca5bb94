package app.hallway.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /pages/viewpage.action?pageId=12}, Confluence's stable page URL that the plugin links to: sends to {@code /pages/12}. */
public final class ViewPageRedirectServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("pageId");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(404);
            return;
        }
        response.sendRedirect("/pages/" + id);
    }
}
