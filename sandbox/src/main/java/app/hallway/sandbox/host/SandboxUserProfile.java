package app.hallway.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;

/** SAL's view of a sandbox user. */
record SandboxUserProfile(SandboxUser user) implements UserProfile {
    @Override
    public UserKey getUserKey() {
        return user.getKey();
    }

    @Override
    public String getUsername() {
        return user.getName();
    }

    @Override
    public String getFullName() {
        return user.getFullName();
    }

    @Override
    public String getEmail() {
        return user.getEmail();
    }
}
