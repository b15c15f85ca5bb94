package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/** Mirror of Confluence 10.2's {@code PermissionManager}, the members Hallway calls. */
public interface PermissionManager {
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean isConfluenceAdministrator(ConfluenceUser user);
}
