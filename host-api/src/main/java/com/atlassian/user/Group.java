package com.atlassian.user;

/** Mirror of atlassian-user's {@code Group}. */
public interface Group extends Entity {
}
