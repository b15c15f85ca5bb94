package com.atlassian.confluence.security;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Mirror of Confluence's {@code ContentPermissionSet}: the restrictions of one type on one piece of content.
 * Hallway only counts them; the constructor is the real one, for hosts that build them.
 */
public class ContentPermissionSet {
    private final String type;
    private final ContentEntityObject owningContent;

    public ContentPermissionSet(String type, ContentEntityObject owningContent) {
        this.type = type;
        this.owningContent = owningContent;
    }

    public String getType() {
        return type;
    }

    public ContentEntityObject getOwningContent() {
        return owningContent;
    }
}
