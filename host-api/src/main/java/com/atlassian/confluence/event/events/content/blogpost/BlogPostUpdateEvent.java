package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/**
 * Mirror of Confluence 10.2's {@code BlogPostUpdateEvent}: a blog post saved again. {@code getBlogPost()} is
 * inherited from {@code BlogPostEvent} in Confluence; the original is null when Confluence did not keep it.
 * The constructor is the 8.7.2 three-argument one (deprecated there, still present), used only by the sandbox.
 */
public class BlogPostUpdateEvent {
    private final BlogPost blogPost;
    private final BlogPost originalBlogPost;

    public BlogPostUpdateEvent(Object source, BlogPost updatedBlogPost, BlogPost originalBlogPost) {
        this.blogPost = updatedBlogPost;
        this.originalBlogPost = originalBlogPost;
    }

    public BlogPost getBlogPost() {
        return blogPost;
    }

    public BlogPost getOriginalBlogPost() {
        return originalBlogPost;
    }
}
