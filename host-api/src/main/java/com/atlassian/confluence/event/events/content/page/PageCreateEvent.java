package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Mirror of Confluence 10.2's {@code PageCreateEvent}. */
public class PageCreateEvent {
    private final Page page;

    public PageCreateEvent(Object source, Page page) {
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
