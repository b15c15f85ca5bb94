package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;

/** Mirror of Confluence 10.2's {@code PageUpdateEvent}. */
public class PageUpdateEvent {
    private final Page page;
    private final AbstractPage originalPage;

    public PageUpdateEvent(Object source, Page page, AbstractPage originalPage) {
        this.page = page;
        this.originalPage = originalPage;
    }

    public Page getPage() {
        return page;
    }

    public AbstractPage getOriginalPage() {
        return originalPage;
    }
}
