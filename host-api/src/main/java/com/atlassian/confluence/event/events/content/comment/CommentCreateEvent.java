package com.atlassian.confluence.event.events.content.comment;

import com.atlassian.confluence.pages.Comment;

/** Mirror of Confluence 10.2's {@code CommentCreateEvent}. */
public class CommentCreateEvent {
    private final Comment comment;

    public CommentCreateEvent(Object source, Comment comment) {
        this.comment = comment;
    }

    public Comment getComment() {
        return comment;
    }
}
