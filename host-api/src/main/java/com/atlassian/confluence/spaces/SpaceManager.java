package com.atlassian.confluence.spaces;

/**
 * Mirror of Confluence 10.2's {@code SpaceManager}, the member Hallway calls. {@code getSpace(String)} is a
 * long-standing public API (it is not among PLATFORM.md's verified signatures: checked against the 8.7.2 API
 * only by name and shape, [B]).
 */
public interface SpaceManager {
    /** The space with this key, or null. */
    Space getSpace(String spaceKey);
}
