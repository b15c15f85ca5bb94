package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/** Mirror of Confluence 10.2's {@code BlogPostCreateEvent}. */
public class BlogPostCreateEvent {
    private final BlogPost blogPost;

    public BlogPostCreateEvent(Object source, BlogPost blogPost) {
        this.blogPost = blogPost;
    }

    public BlogPost getBlogPost() {
        return blogPost;
    }
}
