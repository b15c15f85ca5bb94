package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;

/** Mirror of Confluence 10.2's {@code UserAccessor}, the members Hallway calls. */
public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey userKey);

    ConfluenceUser getUserByName(String username);

    Group getGroup(String groupName);

    boolean hasMembership(String groupName, String username);

    /**
     * The users in {@code group}, resolved from the directory (signature from 8.7.2; PLATFORM.md marks
     * {@code UserAccessor}'s group listing B: seen only in 8.7.2).
     */
    Iterable<ConfluenceUser> getMembers(Group group);
}
