package app.hallway.sandbox.plugin;

import java.util.Map;

/**
 * A {@code <web-panel>} module. {@code template} is the {@code <resource name="view">} location (velocity) or,
 * when {@code inline} is true, the resource's own text; {@code contextProviderClass} may be null.
 */
public record WebPanelModule(String key, String location, int weight, String contextProviderClass,
                             Map<String, String> contextProviderParams, String resourceType, String template,
                             boolean inline) {
    public WebPanelModule {
        contextProviderParams = Map.copyOf(contextProviderParams);
    }
}
