package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Mirror of Confluence 10.2's {@code ConfluenceUser}. */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
