package app.hallway.sandbox.content;

import app.hallway.sandbox.host.Directory;
import app.hallway.sandbox.host.SandboxPageManager;
import app.hallway.sandbox.host.SandboxUser;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.like.LikeCreatedEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import java.util.List;

/**
 * Creating and removing pages, comments and likes, the one path that the sandbox's REST API, its page view and
 * the demo content all take. Each fires the event Confluence fires for it (page or blog post created, updated or
 * removed, comment created, like created), after the change is stored.
 */
public final class Pages {
    private final ContentStore store;
    private final SandboxPageManager pageManager;
    private final Directory directory;
    private final EventPublisher events;

    public Pages(ContentStore store, SandboxPageManager pageManager, Directory directory, EventPublisher events) {
        this.store = store;
        this.pageManager = pageManager;
        this.directory = directory;
        this.events = events;
    }

    /** Saves {@code request} as {@code creator}; throws {@link IllegalArgumentException} naming the bad field. */
    public ContentStore.SavedPage save(PageRequest request, String creator) {
        String problem = request.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        AbstractPage original = store.find(request.space(), request.title().strip()).map(pageManager::toEntity).orElse(null);
        ContentStore.SavedPage saved = store.save(request.space(), request.title().strip(), request.type(),
                request.storage(), request.restrictedTo(), creator);
        AbstractPage entity = pageManager.getAbstractPage(saved.id());
        if (entity instanceof BlogPost post) {
            events.publish(saved.created() ? new BlogPostCreateEvent(this, post)
                    : new BlogPostUpdateEvent(this, post, original instanceof BlogPost before ? before : null));
        } else if (entity instanceof Page page) {
            events.publish(saved.created() ? new PageCreateEvent(this, page) : new PageUpdateEvent(this, page, original));
        }
        return saved;
    }

    /**
     * Removes a page or blog post for good, with its comments and likes: what purging it from Confluence's trash
     * does (the sandbox has no trash), firing {@link PageRemoveEvent} or {@link BlogPostRemoveEvent}.
     *
     * @return false (and no event) when there is no such page
     */
    public boolean remove(long pageId) {
        AbstractPage entity = pageManager.getAbstractPage(pageId);
        if (entity == null || !store.delete(pageId)) {
            return false;
        }
        if (entity instanceof BlogPost post) {
            events.publish(new BlogPostRemoveEvent(this, post));
        } else if (entity instanceof Page page) {
            events.publish(new PageRemoveEvent(this, page));
        }
        return true;
    }

    public SandboxComment comment(long pageId, String author, String text) {
        SandboxComment stored = store.addComment(pageId, author, text);
        Comment comment = new Comment();
        comment.setId(stored.id());
        comment.setBodyAsString("<p>" + app.hallway.sandbox.web.Html.escape(text) + "</p>");
        comment.setContainer(pageManager.getAbstractPage(pageId));
        directory.byName(author).ifPresent(comment::setCreator);
        events.publish(new CommentCreateEvent(this, comment));
        return stored;
    }

    /** Likes the page; false (and no event) when {@code username} already liked it. */
    public boolean like(long pageId, String username) {
        boolean added = store.addLike(pageId, username);
        SandboxUser user = directory.byName(username).orElse(null);
        if (added && user != null) {
            events.publish(new LikeCreatedEvent(this, user, pageManager.getAbstractPage(pageId)));
        }
        return added;
    }

    public List<SandboxPage> all() {
        return store.pages();
    }
}
