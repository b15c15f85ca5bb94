package com.atlassian.confluence.xhtml.api;

import java.util.Optional;

/**
 * Mirror of Confluence 10.2's {@code MacroDefinition}, the members Hallway calls. Confluence puts the
 * definition into the conversion context under the property {@code "macroDefinition"}.
 */
public class MacroDefinition {
    private String name;
    private MacroId macroId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Optional<MacroId> getMacroIdentifier() {
        return Optional.ofNullable(macroId);
    }

    public void setMacroIdentifier(MacroId macroId) {
        this.macroId = macroId;
    }
}
