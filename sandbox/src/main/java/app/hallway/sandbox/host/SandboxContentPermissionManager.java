package app.hallway.sandbox.host;

import app.hallway.sandbox.content.ContentStore;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.security.ContentPermissionSet;
import java.util.List;

/**
 * Confluence's {@code ContentPermissionManager} over the sandbox's pages: a page restricted to groups has one
 * view restriction set of its own. Sandbox pages have no parents, so nothing is inherited.
 */
public final class SandboxContentPermissionManager implements ContentPermissionManager {
    private static final String VIEW = "View";

    private final ContentStore content;

    public SandboxContentPermissionManager(ContentStore content) {
        this.content = content;
    }

    @Override
    public List<ContentPermissionSet> getContentPermissionSets(ContentEntityObject entity, String type) {
        if (entity == null || !VIEW.equals(type)) {
            return List.of();
        }
        return content.page(entity.getId())
                .filter(page -> !page.restrictedTo().isEmpty())
                .map(page -> List.of(new ContentPermissionSet(VIEW, entity)))
                .orElse(List.of());
    }

    @Override
    public List<ContentPermissionSet> getInheritedContentPermissionSets(ContentEntityObject entity) {
        return List.of();
    }
}
