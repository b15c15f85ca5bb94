package com.atlassian.confluence.spaces;

/** Mirror of Confluence 10.2's {@code Space}, the members Hallway calls. */
public class Space {
    private String key;
    private String name;

    public Space() {
    }

    public Space(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPersonal() {
        return key != null && key.startsWith("~");
    }
}
