package com.atlassian.mail;

/** Mirror of atlassian-mail's {@code MailException}. */
public class MailException extends Exception {
    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
