package com.atlassian.mail.server;

/** Mirror of atlassian-mail's {@code MailServerManager}, the members Hallway calls. */
public interface MailServerManager {
    /** The site's outgoing mail server, or null when the administrator has configured none. */
    SMTPMailServer getDefaultSMTPMailServer();

    boolean isDefaultSMTPMailServerDefined();
}
