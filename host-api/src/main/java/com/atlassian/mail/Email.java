package com.atlassian.mail;

/** Mirror of atlassian-mail's {@code Email}, the members Hallway calls. */
public class Email {
    private final String to;
    private String subject;
    private String body;
    private String mimeType = "text/plain";

    public Email(String to) {
        this.to = to;
    }

    public String getTo() {
        return to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public String getSubject() {
        return subject;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public String getBody() {
        return body;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public String getMimeType() {
        return mimeType;
    }
}
