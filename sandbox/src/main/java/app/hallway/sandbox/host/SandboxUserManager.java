package app.hallway.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

/** SAL's {@code UserManager} over the sandbox directory; the remote user is the request's current user. */
public final class SandboxUserManager implements UserManager {
    private final Directory directory;
    private final SandboxCurrentUser currentUser;

    public SandboxUserManager(Directory directory, SandboxCurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    @Override
    public UserProfile getRemoteUser() {
        return currentUser.user().map(SandboxUserProfile::new).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return currentUser.user().map(SandboxUser::getKey).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return directory.byName(username).map(SandboxUserProfile::new).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return directory.byKey(userKey).map(SandboxUserProfile::new).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return directory.byKey(userKey).map(u -> u.groups().contains(group)).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return directory.byKey(userKey).map(u -> directory.isAdministrator(u.getName())).orElse(false);
    }
}
