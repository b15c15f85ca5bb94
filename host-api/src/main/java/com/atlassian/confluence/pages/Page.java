package com.atlassian.confluence.pages;

/** Mirror of Confluence 10.2's {@code Page}. */
public class Page extends AbstractPage {
    public static final String CONTENT_TYPE = "page";

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }
}
