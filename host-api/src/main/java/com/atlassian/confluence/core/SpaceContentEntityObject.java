package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/** Mirror of Confluence 10.2's {@code SpaceContentEntityObject}: content that lives in a space. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {
    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public String getSpaceKey() {
        return space == null ? null : space.getKey();
    }
}
