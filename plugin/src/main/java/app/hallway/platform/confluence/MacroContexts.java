package app.hallway.platform.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.user.ConfluenceUser;
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

    /** The key of the space the content is in, or empty. */
    public static String spaceKey(ConversionContext context) {
        ContentEntityObject entity = context.getEntity();
        if (entity instanceof SpaceContentEntityObject content && content.getSpaceKey() != null) {
            return content.getSpaceKey();
        }
        return context.getSpaceKey() == null ? "" : context.getSpaceKey();
    }

    /**
     * Who saved the version being rendered: Confluence records the last modifier on the content. Hallway
     * reads it at render time instead of keeping a copy from page events, so it is right on every node and
     * for content saved before Hallway was installed.
     */
    public static String lastModifierKey(ConversionContext context) {
        ContentEntityObject entity = context.getEntity();
        return entity == null ? null : key(entity.getLastModifier());
    }

    /** Who created the content (its author), or null. */
    public static String creatorKey(ConversionContext context) {
        ContentEntityObject entity = context.getEntity();
        return entity == null ? null : key(entity.getCreator());
    }

    private static String key(ConfluenceUser user) {
        return user == null || user.getKey() == null ? null : user.getKey().getStringValue();
    }
}
