package app.hallway.platform.confluence;

import app.hallway.platform.Spaces;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * {@link Spaces} over Confluence's space manager. Space administration is {@link Permission#ADMINISTER} on the
 * space, which is what Confluence checks for space tools.
 */
@Named
public final class ConfluenceSpaces implements Spaces {
    private final SpaceManager spaces;
    private final PermissionManager permissions;
    private final UserAccessor accessor;

    @Inject
    public ConfluenceSpaces(SpaceManager spaces, PermissionManager permissions, UserAccessor accessor) {
        this.spaces = spaces;
        this.permissions = permissions;
        this.accessor = accessor;
    }

    @Override
    public Optional<String> nameOf(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            return Optional.empty();
        }
        Space space = spaces.getSpace(spaceKey);
        return space == null ? Optional.empty() : Optional.of(space.getName() == null ? spaceKey : space.getName());
    }

    @Override
    public boolean canAdminister(String userKey, String spaceKey) {
        if (userKey == null || spaceKey == null) {
            return false;
        }
        Space space = spaces.getSpace(spaceKey);
        ConfluenceUser user = accessor.getUserByKey(new UserKey(userKey));
        return space != null && user != null && permissions.hasPermission(user, Permission.ADMINISTER, space);
    }
}
