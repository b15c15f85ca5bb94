package app.hallway.announce.confluence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import org.junit.jupiter.api.Test;

class ConfluenceAnnouncementPagesTest {
    private final PageManager pageManager = mock(PageManager.class);
    private final ConfluenceAnnouncementPages pages = new ConfluenceAnnouncementPages(pageManager);

    @Test
    void theMacroIsOnThePageWhileItsStorageFormatNamesIt() {
        Page page = new Page();
        page.setBodyAsString("<p>x</p><ac:structured-macro ac:name=\"hallway-announcement\" ac:macro-id=\"m-1\"></ac:structured-macro>");
        when(pageManager.getAbstractPage(42)).thenReturn(page);

        assertTrue(pages.stillOn(42, "m-1"));
        assertFalse(pages.stillOn(42, "m-2"));
    }

    @Test
    void aDeletedPageHoldsNothing() {
        assertFalse(pages.stillOn(43, "m-1"));
    }
}
