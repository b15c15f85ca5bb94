package app.hallway.sandbox.plugin;

import java.util.List;

/** A {@code <servlet>} module, served under {@code /plugins/servlet} plus each of its url patterns. */
public record ServletModule(String key, String className, List<String> urlPatterns) {
    public ServletModule {
        urlPatterns = List.copyOf(urlPatterns);
    }
}
