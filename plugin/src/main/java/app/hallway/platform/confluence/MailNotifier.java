package app.hallway.platform.confluence;

import app.hallway.platform.Links;
import app.hallway.platform.Notification;
import app.hallway.platform.Notifier;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Notifier} through Confluence's outgoing mail server. */
@Named
public final class MailNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

    private final MailServerManager mail;
    private final UserManager users;
    private final Links links;

    @Inject
    public MailNotifier(MailServerManager mail, UserManager users, Links links) {
        this.mail = mail;
        this.users = users;
        this.links = links;
    }

    @Override
    public boolean send(Notification notification) {
        UserProfile recipient = users.getUserProfile(new UserKey(notification.recipientKey()));
        SMTPMailServer server = mail.isDefaultSMTPMailServerDefined() ? mail.getDefaultSMTPMailServer() : null;
        if (recipient == null || recipient.getEmail() == null || recipient.getEmail().isBlank() || server == null) {
            LOG.debug("Hallway notification not sent: no recipient address or no mail server");
            return false;
        }
        // A mail is read outside Confluence: an application path becomes the absolute URL of the site.
        String link = notification.link() == null ? null
                : notification.link().startsWith("/") ? links.absolute(notification.link()) : notification.link();
        String text = link == null ? notification.text() : notification.text() + "\n\n" + link;
        try {
            server.send(new Email(recipient.getEmail()).setSubject(notification.subject()).setBody(text).setMimeType("text/plain"));
            return true;
        } catch (MailException | RuntimeException e) {
            LOG.warn("Hallway could not send a notification: {}", e.getMessage());
            return false;
        }
    }
}
