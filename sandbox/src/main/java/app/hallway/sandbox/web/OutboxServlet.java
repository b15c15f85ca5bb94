package app.hallway.sandbox.web;

import app.hallway.sandbox.host.Outbox;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /sandbox/outbox}: the notifications Confluence would have mailed, newest first. */
public final class OutboxServlet extends HttpServlet {
    private final Outbox outbox;
    private final PageChrome chrome;

    public OutboxServlet(Outbox outbox, PageChrome chrome) {
        this.outbox = outbox;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        StringBuilder out = new StringBuilder("<h1>Outbox</h1>");
        var messages = outbox.recent(200);
        if (messages.isEmpty()) {
            out.append("<p class=\"sandbox-muted\">No notifications yet.</p>");
        }
        for (Outbox.Message message : messages) {
            // The body is the plugin's own rendered HTML mail, shown as a mail client would.
            out.append("<article class=\"sandbox-mail\"><header><strong>").append(Html.escape(message.subject()))
                    .append("</strong><br>To: ").append(Html.escape(message.recipient())).append(" · ")
                    .append(message.sentAt()).append("</header><div class=\"sandbox-mail-body\">")
                    .append(message.htmlBody()).append("</div></article>");
        }
        response.getWriter().write(chrome.page("Outbox", out.toString()));
    }
}
