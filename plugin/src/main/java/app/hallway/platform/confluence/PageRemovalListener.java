package app.hallway.platform.confluence;

import app.hallway.platform.PageCleanup;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every feature ({@link PageCleanup}) when a page or blog post is removed from Confluence for good.
 * Confluence publishes {@code PageRemoveEvent} and {@code BlogPostRemoveEvent} when content is purged (from the
 * trash, or with its space), not when it is moved to the trash, from which it may be restored. It calls these
 * methods on the thread that purges; a failing feature is logged, the others still run, and nothing reaches the
 * person purging.
 */
@Named
public final class PageRemovalListener {
    private static final Logger LOG = LoggerFactory.getLogger(PageRemovalListener.class);

    private final EventPublisher events;
    private final List<PageCleanup> cleanups;

    @Inject
    public PageRemovalListener(EventPublisher events, List<PageCleanup> cleanups) {
        this.events = events;
        this.cleanups = List.copyOf(cleanups);
    }

    @PostConstruct
    public void register() {
        events.register(this);
    }

    @PreDestroy
    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        removed(event.getPage());
    }

    @EventListener
    public void onBlogPostRemoved(BlogPostRemoveEvent event) {
        removed(event.getBlogPost());
    }

    private void removed(AbstractPage page) {
        if (page == null) {
            return;
        }
        long pageId = page.getId();
        for (PageCleanup cleanup : cleanups) {
            try {
                cleanup.pageRemoved(pageId);
            } catch (RuntimeException e) {
                LOG.warn("Hallway could not forget its data about removed page {} ({}): {}", pageId,
                        cleanup.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
