package com.atlassian.confluence.pages;

/** Mirror of Confluence 10.2's {@code BlogPost}. */
public class BlogPost extends AbstractPage {
    public static final String CONTENT_TYPE = "blogpost";

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }
}
