package com.atlassian.confluence.pages;

/** Mirror of Confluence 10.2's {@code PageManager}, the members Hallway calls. */
public interface PageManager {
    AbstractPage getAbstractPage(long id);
}
