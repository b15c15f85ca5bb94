package com.atlassian.confluence.core;

import com.atlassian.core.bean.EntityObject;

/** Mirror of Confluence 10.2's {@code ContentEntityObject}, the members Hallway calls. */
public abstract class ContentEntityObject extends EntityObject {
    private String title;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public abstract String getType();

    public String getIdAsString() {
        return String.valueOf(getId());
    }
}
