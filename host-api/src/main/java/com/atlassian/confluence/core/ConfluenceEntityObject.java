package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.bean.EntityObject;

/** Mirror of Confluence 10.2's {@code ConfluenceEntityObject}: who created and last changed an object. */
public abstract class ConfluenceEntityObject extends EntityObject {
    private ConfluenceUser creator;
    private ConfluenceUser lastModifier;

    public ConfluenceUser getCreator() {
        return creator;
    }

    public void setCreator(ConfluenceUser creator) {
        this.creator = creator;
    }

    public ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    public void setLastModifier(ConfluenceUser lastModifier) {
        this.lastModifier = lastModifier;
    }
}
