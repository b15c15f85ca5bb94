package app.hallway.platform.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import app.hallway.platform.PageCleanup;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRemovalListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final List<String> forgotten = new ArrayList<>();

    private PageCleanup feature(String name) {
        return pageId -> forgotten.add(name + ":" + pageId);
    }

    @Test
    void everyFeatureForgetsAPurgedPageOrBlogPost() {
        PageRemovalListener listener = new PageRemovalListener(events, List.of(feature("feedback"), feature("announcements")));
        Page page = new Page();
        page.setId(42);
        BlogPost post = new BlogPost();
        post.setId(43);

        listener.onPageRemoved(new PageRemoveEvent(this, page));
        listener.onBlogPostRemoved(new BlogPostRemoveEvent(this, post));

        assertEquals(List.of("feedback:42", "announcements:42", "feedback:43", "announcements:43"), forgotten);
    }

    @Test
    void aFailingFeatureDoesNotStopTheOthersOrReachThePersonPurging() {
        PageCleanup broken = pageId -> {
            throw new IllegalStateException("database gone");
        };
        PageRemovalListener listener = new PageRemovalListener(events, List.of(broken, feature("announcements")));
        Page page = new Page();
        page.setId(42);

        listener.onPageRemoved(new PageRemoveEvent(this, page));

        assertEquals(List.of("announcements:42"), forgotten);
    }

    @Test
    void itListensWhileThePluginIsEnabled() {
        PageRemovalListener listener = new PageRemovalListener(events, List.of());

        listener.register();
        listener.unregister();

        verify(events).register(listener);
        verify(events).unregister(listener);
    }
}
