package app.hallway.platform.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.Test;

class SalLinksTest {
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final SalLinks links = new SalLinks(application);

    @Test
    void linksWorkUnderAContextPathAndMailGetsTheSiteAddress() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence/");
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/confluence");

        assertEquals("/confluence/pages/viewpage.action?pageId=1", links.relative("/pages/viewpage.action?pageId=1"));
        assertEquals("https://wiki.example.com/confluence/x", links.absolute("/x"));
    }

    @Test
    void atTheRootTheContextPathIsEmpty() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");

        assertEquals("", links.contextPath());
    }
}
