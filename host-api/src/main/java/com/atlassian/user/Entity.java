package com.atlassian.user;

/** Mirror of atlassian-user's {@code Entity}. */
public interface Entity {
    String getName();
}
