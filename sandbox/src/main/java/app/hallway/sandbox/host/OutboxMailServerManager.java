package app.hallway.sandbox.host;

import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import app.hallway.sandbox.web.Html;

/**
 * atlassian-mail's {@code MailServerManager} with one outgoing server that delivers to the sandbox's
 * {@link Outbox} instead of SMTP, so {@code /sandbox/outbox} shows what Confluence would have mailed.
 */
public final class OutboxMailServerManager implements MailServerManager {
    private final SMTPMailServer server;

    public OutboxMailServerManager(Outbox outbox) {
        this.server = email -> {
            String body = email.getBody() == null ? "" : email.getBody();
            String html = "text/html".equalsIgnoreCase(email.getMimeType()) ? body
                    : "<pre class=\"sandbox-mail-text\">" + Html.escape(body) + "</pre>";
            outbox.append(email.getTo(), email.getSubject() == null ? "" : email.getSubject(), html);
        };
    }

    @Override
    public SMTPMailServer getDefaultSMTPMailServer() {
        return server;
    }

    @Override
    public boolean isDefaultSMTPMailServerDefined() {
        return true;
    }
}
