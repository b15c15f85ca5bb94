package com.atlassian.confluence.core;

/** Mirror of Confluence 10.2's {@code ContentEntityObject}, the members Hallway calls. */
public abstract class ContentEntityObject extends ConfluenceEntityObject {
    private String title;
    private String bodyAsString;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public abstract String getType();

    /** The storage-format body of the current version. */
    public String getBodyAsString() {
        return bodyAsString;
    }

    public void setBodyAsString(String body) {
        this.bodyAsString = body;
    }

    public String getIdAsString() {
        return String.valueOf(getId());
    }
}
