package app.hallway.sandbox.host;

import app.hallway.sandbox.content.ContentStore;
import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.content.Spaces;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Optional;

/**
 * Confluence's {@code PermissionManager} over the sandbox's content. Anonymous users may do nothing;
 * administrators everything. Every logged-in user views spaces and unrestricted pages; a restricted page is
 * visible to members of its groups and its creator. Editors of a page are its creator and the space's admins.
 */
public final class SandboxPermissionManager implements PermissionManager {
    private final Directory directory;
    private final ContentStore content;
    private final Spaces spaces;

    public SandboxPermissionManager(Directory directory, ContentStore content, Spaces spaces) {
        this.directory = directory;
        this.content = content;
        this.spaces = spaces;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (user == null || directory.byName(user.getName()).isEmpty()) {
            return false;
        }
        if (isConfluenceAdministrator(user)) {
            return true;
        }
        if (target instanceof ContentEntityObject entity) {
            return content.page(entity.getId()).map(page -> onPage(user.getName(), permission, page)).orElse(false);
        }
        if (target instanceof Space space) {
            return permission == Permission.VIEW || spaces.isSpaceAdmin(space.getKey(), user.getName());
        }
        return false;
    }

    /** Whether {@code username} may see the page: used for the sandbox's own pages too. */
    public boolean canView(String username, long pageId) {
        ConfluenceUser user = directory.byName(username).orElse(null);
        Optional<SandboxPage> page = content.page(pageId);
        if (user == null || page.isEmpty()) {
            return false;
        }
        return isConfluenceAdministrator(user) || onPage(username, Permission.VIEW, page.get());
    }

    private boolean onPage(String username, Permission permission, SandboxPage page) {
        boolean creator = page.creator().equals(username);
        boolean spaceAdmin = spaces.isSpaceAdmin(page.spaceKey(), username);
        boolean viewer = creator || spaceAdmin || page.restrictedTo().isEmpty()
                || page.restrictedTo().stream().anyMatch(group -> directory.isMember(username, group));
        if (permission == Permission.VIEW || permission == Permission.EXPORT) {
            return viewer;
        }
        if (permission == Permission.EDIT || permission == Permission.REMOVE) {
            return viewer && (creator || spaceAdmin);
        }
        return spaceAdmin;
    }

    @Override
    public boolean isConfluenceAdministrator(ConfluenceUser user) {
        return user != null && directory.isAdministrator(user.getName());
    }
}
