package app.hallway.sandbox.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;

/** Confluence's {@code UserAccessor} over the sandbox directory. */
public final class SandboxUserAccessor implements UserAccessor {
    private final Directory directory;

    public SandboxUserAccessor(Directory directory) {
        this.directory = directory;
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey userKey) {
        return directory.byKey(userKey).orElse(null);
    }

    @Override
    public ConfluenceUser getUserByName(String username) {
        return directory.byName(username).orElse(null);
    }

    @Override
    public Group getGroup(String groupName) {
        return groupName != null && directory.groupExists(groupName) ? new SandboxGroup(groupName) : null;
    }

    @Override
    public boolean hasMembership(String groupName, String username) {
        return directory.isMember(username, groupName);
    }

    @Override
    public Iterable<ConfluenceUser> getMembers(Group group) {
        String name = group == null ? null : group.getName();
        return directory.users().stream().filter(user -> user.groups().contains(name)).map(ConfluenceUser.class::cast).toList();
    }
}
