package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/**
 * Mirror of Confluence 10.2's {@code BlogPostRemoveEvent}: published when a blog post is purged, not when it
 * is moved to the trash. Confluence declares {@code getBlogPost()} on its superclass {@code BlogPostEvent}.
 */
public class BlogPostRemoveEvent {
    private final BlogPost blogPost;

    public BlogPostRemoveEvent(Object src, BlogPost blogPost) {
        this.blogPost = blogPost;
    }

    public BlogPost getBlogPost() {
        return blogPost;
    }
}
