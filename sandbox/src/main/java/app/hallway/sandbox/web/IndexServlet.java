package app.hallway.sandbox.web;

import app.hallway.sandbox.content.ContentStore;
import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.content.Spaces;
import app.hallway.sandbox.host.SandboxCurrentUser;
import app.hallway.sandbox.host.SandboxPermissionManager;
import app.hallway.sandbox.host.SandboxUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /}: the spaces and the pages in them that the current user can see. Anything else here is a 404. */
public final class IndexServlet extends HttpServlet {
    private final ContentStore store;
    private final Spaces spaces;
    private final SandboxPermissionManager permissions;
    private final SandboxCurrentUser currentUser;
    private final PageChrome chrome;

    public IndexServlet(ContentStore store, Spaces spaces, SandboxPermissionManager permissions, SandboxCurrentUser currentUser,
                        PageChrome chrome) {
        this.store = store;
        this.spaces = spaces;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/html; charset=utf-8");
        String me = currentUser.user().map(SandboxUser::getName).orElse(null);
        StringBuilder out = new StringBuilder("<h1>Spaces</h1>");
        if (me == null) {
            out.append("<div class=\"aui-message aui-message-info\"><p>You are anonymous. Pick a user in the header to see pages.</p></div>");
        }
        Map<String, List<SandboxPage>> bySpace = store.pages().stream()
                .filter(p -> me != null && permissions.canView(me, p.id()))
                .collect(Collectors.groupingBy(SandboxPage::spaceKey, LinkedHashMap::new, Collectors.toList()));
        bySpace.forEach((key, pages) -> {
            out.append("<h2>").append(Html.escape(spaces.space(key).getName())).append(" <span class=\"aui-lozenge\">")
                    .append(Html.escape(key)).append("</span></h2><table class=\"aui\"><tbody>");
            for (SandboxPage page : pages) {
                out.append("<tr><td><a href=\"/pages/").append(page.id()).append("\">").append(Html.escape(page.title()))
                        .append("</a></td><td>").append(Html.escape(page.type())).append("</td><td>")
                        .append(Html.escape(page.creator())).append("</td></tr>");
            }
            out.append("</tbody></table>");
        });
        response.getWriter().write(chrome.page("Spaces", out.toString()));
    }
}
