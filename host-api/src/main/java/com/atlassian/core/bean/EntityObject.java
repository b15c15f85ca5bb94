package com.atlassian.core.bean;

/** Mirror of Confluence's persistent-object base class: the id Hallway keys content by. */
public abstract class EntityObject {
    private long id;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
