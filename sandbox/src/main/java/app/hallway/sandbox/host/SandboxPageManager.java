package app.hallway.sandbox.host;

import app.hallway.sandbox.content.ContentStore;
import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.content.Spaces;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import java.util.Optional;

/** Confluence's {@code PageManager} over the sandbox's content: a {@link Page} or {@link BlogPost}, or null. */
public final class SandboxPageManager implements com.atlassian.confluence.pages.PageManager {
    private final ContentStore content;
    private final Spaces spaces;
    private final Directory directory;

    public SandboxPageManager(ContentStore content, Spaces spaces, Directory directory) {
        this.content = content;
        this.spaces = spaces;
        this.directory = directory;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return content.page(id).map(this::toEntity).orElse(null);
    }

    public Optional<AbstractPage> entity(long id) {
        return Optional.ofNullable(getAbstractPage(id));
    }

    /** The Confluence entity for a stored page, as the plugin sees it. */
    public AbstractPage toEntity(SandboxPage stored) {
        AbstractPage page = SandboxPage.BLOGPOST.equals(stored.type()) ? new BlogPost() : new Page();
        page.setId(stored.id());
        page.setTitle(stored.title());
        page.setSpace(spaces.space(stored.spaceKey()));
        page.setBodyAsString(stored.storage());
        directory.byName(stored.creator()).ifPresent(page::setCreator);
        directory.byName(stored.lastModifier()).ifPresent(page::setLastModifier);
        return page;
    }
}
