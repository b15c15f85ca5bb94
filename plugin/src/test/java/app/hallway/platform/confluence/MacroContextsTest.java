package app.hallway.platform.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.Test;

class MacroContextsTest {
    private final ConversionContext context = mock(ConversionContext.class);

    private static ConfluenceUser user(String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        return user;
    }

    @Test
    void whoSavedAndWhoCreatedThePageComeFromTheContentBeingRendered() {
        Page page = new Page();
        page.setId(42);
        page.setCreator(user("creator-key"));
        page.setLastModifier(user("editor-key"));
        Space space = new Space();
        space.setKey("HR");
        page.setSpace(space);
        when(context.getEntity()).thenReturn(page);

        assertEquals(42, MacroContexts.contentId(context));
        assertEquals("editor-key", MacroContexts.lastModifierKey(context));
        assertEquals("creator-key", MacroContexts.creatorKey(context));
        assertEquals("HR", MacroContexts.spaceKey(context));
    }

    @Test
    void withoutContentThereIsNobodyToNameAndTheSpaceComesFromTheContext() {
        when(context.getSpaceKey()).thenReturn("NEWS");

        assertEquals(0, MacroContexts.contentId(context));
        assertNull(MacroContexts.lastModifierKey(context));
        assertNull(MacroContexts.creatorKey(context));
        assertEquals("NEWS", MacroContexts.spaceKey(context));
    }
}
