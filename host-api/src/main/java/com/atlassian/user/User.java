package com.atlassian.user;

import java.security.Principal;

/** Mirror of atlassian-user's {@code User}. */
public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
