package app.hallway.platform.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.confluence.xhtml.api.MacroId;

/** Reads what Hallway needs from Confluence's conversion context (PLATFORM.md §8). */
public final class MacroContexts {
    private static final String MACRO_DEFINITION = "macroDefinition";

    private MacroContexts() {
    }

    /** The page or blog post being rendered; 0 when there is none (the editor's preview of a new page). */
    public static long contentId(ConversionContext context) {
        ContentEntityObject entity = context.getEntity();
        return entity == null ? 0 : entity.getId();
    }

    /** The {@code ac:macro-id} of this instance, or null when Confluence has not assigned one yet. */
    public static String macroId(ConversionContext context) {
        if (!context.hasProperty(MACRO_DEFINITION)) {
            return null;
        }
        Object definition = context.getProperty(MACRO_DEFINITION);
        if (definition instanceof MacroDefinition macro) {
            return macro.getMacroIdentifier().map(MacroId::getId).orElse(null);
        }
        return null;
    }
}
