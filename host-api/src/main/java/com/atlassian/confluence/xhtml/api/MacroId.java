package com.atlassian.confluence.xhtml.api;

/** Mirror of Confluence 10.2's {@code MacroId}: the {@code ac:macro-id} of a macro instance. */
public class MacroId {
    private final String id;

    private MacroId(String id) {
        this.id = id;
    }

    public static MacroId fromString(String id) {
        return new MacroId(id);
    }

    public String getId() {
        return id;
    }
}
