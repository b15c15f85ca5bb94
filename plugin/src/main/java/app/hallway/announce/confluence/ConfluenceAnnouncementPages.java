package app.hallway.announce.confluence;

import app.hallway.announce.AnnouncementPages;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@link AnnouncementPages} over the page manager: the current version's storage format names every macro
 * instance by its {@code ac:macro-id}. Reading it on demand needs no page-event bookkeeping and is right for
 * content saved before Hallway was installed.
 */
@Named
public final class ConfluenceAnnouncementPages implements AnnouncementPages {
    private final PageManager pages;

    @Inject
    public ConfluenceAnnouncementPages(PageManager pages) {
        this.pages = pages;
    }

    @Override
    public boolean stillOn(long contentId, String macroId) {
        AbstractPage page = pages.getAbstractPage(contentId);
        String storage = page == null ? null : page.getBodyAsString();
        return storage != null && macroId != null && storage.contains("ac:macro-id=\"" + macroId + "\"");
    }
}
