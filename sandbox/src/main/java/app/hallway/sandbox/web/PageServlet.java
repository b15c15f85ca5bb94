package app.hallway.sandbox.web;

import app.hallway.sandbox.content.ContentStore;
import app.hallway.sandbox.content.SandboxComment;
import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.host.SandboxCurrentUser;
import app.hallway.sandbox.host.SandboxPageManager;
import app.hallway.sandbox.host.SandboxPermissionManager;
import app.hallway.sandbox.host.SandboxUser;
import app.hallway.sandbox.render.StorageFormatRenderer;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.pages.AbstractPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /pages/{id}} (and {@code /pages/by-title?title=}): a page as the current user sees it in Confluence:
 * title, body rendered from storage format, the plugin's page-bottom web panels, likes and comments.
 * {@code ?output=pdf|email|word|…} renders macros for that output type.
 */
public final class PageServlet extends HttpServlet {
    static final List<String> TOP_LOCATIONS = List.of("atl.page.metadata.banner");
    static final List<String> BOTTOM_LOCATIONS = List.of("atl.comments.view.top", "atl.comments.view.bottom");

    private final ContentStore store;
    private final SandboxPermissionManager permissions;
    private final SandboxPageManager pageManager;
    private final SandboxCurrentUser currentUser;
    private final StorageFormatRenderer storageRenderer;
    private final WebPanels panels;
    private final PageChrome chrome;

    public PageServlet(ContentStore store, SandboxPermissionManager permissions, SandboxPageManager pageManager,
                       SandboxCurrentUser currentUser, StorageFormatRenderer storageRenderer, WebPanels panels, PageChrome chrome) {
        this.store = store;
        this.permissions = permissions;
        this.pageManager = pageManager;
        this.currentUser = currentUser;
        this.storageRenderer = storageRenderer;
        this.panels = panels;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        Optional<SandboxUser> me = currentUser.user();
        Optional<SandboxPage> page = find(request);
        if (me.isEmpty()) {
            response.setStatus(401);
            response.getWriter().write(chrome.page("Log in", "<div class=\"aui-message aui-message-info\"><p class=\"title\">"
                    + "<strong>You are not logged in.</strong></p><p>Pick a user in the header (or add <code>?as=eli</code>).</p></div>"));
            return;
        }
        if (page.isEmpty() || !permissions.canView(me.get().getName(), page.get().id())) {
            response.setStatus(404);
            response.getWriter().write(chrome.page("Page not found", "<div class=\"aui-message aui-message-warning\"><p class=\"title\">"
                    + "<strong>Page not found</strong></p><p>The page does not exist, or you do not have permission to view it.</p></div>"));
            return;
        }
        SandboxPage stored = store.page(page.get().id()).orElseThrow();
        response.getWriter().write(chrome.page(stored.title(), view(stored, me.get(), outputType(request))));
    }

    private String view(SandboxPage stored, SandboxUser me, String outputType) {
        AbstractPage entity = pageManager.toEntity(stored);
        StringBuilder out = new StringBuilder();
        out.append("<ol class=\"aui-nav aui-nav-breadcrumbs\"><li><a href=\"/\">").append(Html.escape(entity.getSpace().getName()))
                .append("</a></li></ol><h1 id=\"title-text\" class=\"page-title\">").append(Html.escape(stored.title())).append("</h1>")
                .append("<div class=\"page-metadata\">").append(Html.escape(stored.type())).append(" · v").append(stored.version())
                .append(" · created by ").append(Html.escape(stored.creator()));
        if (!stored.restrictedTo().isEmpty()) {
            out.append(" · <span class=\"aui-lozenge aui-lozenge-moved\">restricted to ")
                    .append(Html.escape(String.join(", ", stored.restrictedTo()))).append("</span>");
        }
        out.append("</div>");
        TOP_LOCATIONS.forEach(location -> out.append(panels.render(location, entity, me)));
        out.append("<div id=\"main-content\" class=\"wiki-content\" data-content-id=\"").append(stored.id()).append("\">")
                .append(storageRenderer.render(stored.storage(), entity, outputType)).append("</div>");
        likesAndComments(stored, me, out);
        BOTTOM_LOCATIONS.forEach(location -> out.append(panels.render(location, entity, me)));
        return out.toString();
    }

    private void likesAndComments(SandboxPage page, SandboxUser me, StringBuilder out) {
        List<String> likes = store.likes(page.id());
        out.append("<div class=\"sandbox-likes\"><button class=\"aui-button\" onclick=\"fetch('/rest/sandbox/pages/").append(page.id())
                .append("/likes',{method:'POST'}).then(()=>location.reload())\">")
                .append(likes.contains(me.getName()) ? "Liked" : "Like").append("</button> ").append(likes.size()).append(" likes</div>");
        out.append("<section id=\"comments-section\"><h2>Comments</h2>");
        for (SandboxComment comment : store.comments(page.id())) {
            out.append("<div class=\"comment\"><strong>").append(Html.escape(comment.author())).append("</strong> <span class=\"date\">")
                    .append(comment.created()).append("</span><p>").append(Html.escape(comment.text())).append("</p></div>");
        }
        out.append("<form class=\"aui\" onsubmit=\"event.preventDefault();fetch('/rest/sandbox/pages/").append(page.id())
                .append("/comments',{method:'POST',headers:{'Content-Type':'application/json'},body:JSON.stringify({text:this.text.value})})")
                .append(".then(()=>location.reload())\"><textarea name=\"text\" class=\"textarea\" aria-label=\"Comment\" placeholder=\"Write a comment…\"></textarea>")
                .append("<button class=\"aui-button aui-button-primary\">Save</button></form></section>");
    }

    private Optional<SandboxPage> find(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if ("by-title".equals(path)) {
            String title = request.getParameter("title");
            return store.pages().stream().filter(p -> p.title().equals(title)).findFirst();
        }
        try {
            return store.page(Long.parseLong(path));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String outputType(HttpServletRequest request) {
        String requested = request.getParameter("output");
        return Arrays.stream(ConversionContextOutputType.values()).map(ConversionContextOutputType::value)
                .filter(v -> v.equals(requested)).findFirst().orElse(ConversionContextOutputType.DISPLAY.value());
    }
}
