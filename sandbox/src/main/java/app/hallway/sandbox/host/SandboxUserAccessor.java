package app.hallway.sandbox.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import java.util.List;
import java.util.Optional;

/** Confluence's {@code UserAccessor} over the sandbox directory and its deactivated users. */
public final class SandboxUserAccessor implements UserAccessor {
    private final Directory directory;
    private final Deactivations deactivations;

    public SandboxUserAccessor(Directory directory, Deactivations deactivations) {
        this.directory = directory;
        this.deactivations = deactivations;
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

    /** As Confluence: the users the directory holds, in no particular order; unknown keys are left out. */
    @Override
    public List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys) {
        return userKeys.stream().map(directory::byKey).flatMap(Optional::stream).map(ConfluenceUser.class::cast).toList();
    }

    @Override
    @Deprecated
    public boolean isDeactivated(User user) {
        return user != null && deactivations.isDeactivated(user.getName());
    }
}
