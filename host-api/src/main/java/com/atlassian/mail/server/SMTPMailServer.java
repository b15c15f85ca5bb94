package com.atlassian.mail.server;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/** Mirror of atlassian-mail's {@code SMTPMailServer}, the members Hallway calls. */
public interface SMTPMailServer {
    void send(Email email) throws MailException;
}
