package app.hallway.platform.confluence;

import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** {@link Contents} over Confluence's page manager and permission manager. */
@Named
public final class ConfluenceContents implements Contents {
    private final PageManager pages;
    private final PermissionManager permissions;
    private final UserAccessor accessor;

    @Inject
    public ConfluenceContents(PageManager pages, PermissionManager permissions, UserAccessor accessor) {
        this.pages = pages;
        this.permissions = permissions;
        this.accessor = accessor;
    }

    @Override
    public Optional<ContentRef> find(long contentId) {
        AbstractPage page = pages.getAbstractPage(contentId);
        if (page == null) {
            return Optional.empty();
        }
        Space space = page.getSpace();
        ConfluenceUser creator = page.getCreator();
        return Optional.of(new ContentRef(page.getId(), page.getType(), page.getTitle(), page.getSpaceKey(),
                space != null && space.isPersonal(), creator == null || creator.getKey() == null ? null : creator.getKey().getStringValue()));
    }

    @Override
    public boolean canView(String userKey, long contentId) {
        return allowed(userKey, contentId, Permission.VIEW);
    }

    @Override
    public boolean canEdit(String userKey, long contentId) {
        return allowed(userKey, contentId, Permission.EDIT);
    }

    private boolean allowed(String userKey, long contentId, Permission permission) {
        if (userKey == null) {
            return false;
        }
        AbstractPage page = pages.getAbstractPage(contentId);
        ConfluenceUser user = accessor.getUserByKey(new UserKey(userKey));
        return page != null && user != null && permissions.hasPermission(user, permission, page);
    }
}
