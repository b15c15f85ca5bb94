package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Mirror of Confluence 10.2's {@code PageRemoveEvent}: published when a page is purged (removed for good,
 * e.g. from the trash), not when it is moved to the trash ({@code PageTrashedEvent}). Confluence declares
 * {@code getPage()} on its superclass {@code PageEvent}.
 */
public class PageRemoveEvent {
    private final Page page;

    public PageRemoveEvent(Object src, Page removedPage) {
        this.page = removedPage;
    }

    public Page getPage() {
        return page;
    }
}
