package com.atlassian.sal.api.user;

/** Mirror of SAL's {@code UserProfile}, the members Hallway calls. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
