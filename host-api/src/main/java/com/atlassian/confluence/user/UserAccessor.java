package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import java.util.List;

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

    /**
     * The users with these keys that are still in a user directory, fetched in batches (400 keys a query in
     * 8.7.2, {@code confluence.user.fetch.batch.size}), each with its directory entry attached; keys of deleted
     * or unknown users are left out. Signature from 8.7.2 ({@code ConfluenceUserResolver}).
     */
    List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys);

    /**
     * Whether the user is deactivated: still in the directory, no longer able to log in. For a user returned
     * by {@link #getUsersByUserKeys} it reads the attached directory entry, no query. Deprecated in 8.7.2 with
     * no replacement named; still on the interface there.
     */
    @Deprecated
    boolean isDeactivated(User user);
}
