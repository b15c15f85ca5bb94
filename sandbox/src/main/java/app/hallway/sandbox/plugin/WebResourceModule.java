package app.hallway.sandbox.plugin;

import java.util.List;

/** A {@code <web-resource>} module: its downloadable files and the contexts it joins. */
public record WebResourceModule(String key, List<Download> downloads, List<String> contexts) {
    public WebResourceModule {
        downloads = List.copyOf(downloads);
        contexts = List.copyOf(contexts);
    }

    /** One {@code <resource type="download" name location>}. */
    public record Download(String name, String location) {
        public boolean isCss() {
            return name.endsWith(".css");
        }

        public boolean isJs() {
            return name.endsWith(".js");
        }
    }
}
