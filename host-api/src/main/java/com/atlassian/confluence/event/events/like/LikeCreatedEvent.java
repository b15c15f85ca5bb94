package com.atlassian.confluence.event.events.like;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.user.User;

/**
 * Mirror of Confluence's {@code LikeCreatedEvent} (signatures from 8.7.2; PLATFORM.md marks the Confluence 10
 * form unconfirmed): who liked which content.
 */
public class LikeCreatedEvent {
    private final User originatingUser;
    private final ContentEntityObject content;

    public LikeCreatedEvent(Object source, User originatingUser, ContentEntityObject content) {
        this.originatingUser = originatingUser;
        this.content = content;
    }

    public User getOriginatingUser() {
        return originatingUser;
    }

    public ContentEntityObject getContent() {
        return content;
    }
}
