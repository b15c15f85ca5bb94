package app.hallway.sandbox.plugin;

import java.util.List;

/** The {@code <rest>} module: resources are served at {@code /rest + path + / + version}. */
public record RestModule(String key, String path, String version, List<String> packages) {
    public RestModule {
        packages = List.copyOf(packages);
    }

    /** {@code /rest/hallway/1.0} for {@code path="/hallway" version="1.0"}. */
    public String mountPoint() {
        String p = path.startsWith("/") ? path : "/" + path;
        return "/rest" + p + "/" + version;
    }
}
