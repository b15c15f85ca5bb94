package app.hallway.sandbox.plugin;

/** An {@code <xhtml-macro>} module: the macro name used in storage format and its implementing class. */
public record MacroModule(String key, String name, String className) {
}
