package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** Mirror of Confluence 10.2's {@code AbstractPage}: a page or a blog post. */
public abstract class AbstractPage extends SpaceContentEntityObject {
}
