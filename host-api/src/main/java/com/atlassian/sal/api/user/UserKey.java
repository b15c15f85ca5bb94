package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Mirror of SAL's {@code UserKey}: the stable key of a user, which survives renames. */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
    }

    public String getStringValue() {
        return userKey;
    }

    public static UserKey fromLong(long userKey) {
        return new UserKey(String.valueOf(userKey));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey && ((UserKey) other).userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }

    @Override
    public String toString() {
        return userKey;
    }
}
