package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/** Mirror of Confluence 10.2's {@code Comment}: on a page or blog post, possibly a reply to another. */
public class Comment extends ContentEntityObject {
    public static final String CONTENT_TYPE = "comment";

    private ContentEntityObject container;
    private Comment parent;

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }

    public ContentEntityObject getContainer() {
        return container;
    }

    public void setContainer(ContentEntityObject container) {
        this.container = container;
    }

    public Comment getParent() {
        return parent;
    }

    public void setParent(Comment parent) {
        this.parent = parent;
    }
}
