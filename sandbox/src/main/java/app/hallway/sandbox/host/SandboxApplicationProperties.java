package app.hallway.sandbox.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * SAL's {@code ApplicationProperties}: the sandbox serves at the root (context path ""), and its absolute base
 * URL is known once Jetty has bound its port.
 */
public final class SandboxApplicationProperties implements ApplicationProperties {
    private volatile String baseUrl = "http://localhost:8090";

    /** Called by the node once it serves, with the port actually bound. */
    public void serving(String url) {
        this.baseUrl = url;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? "" : baseUrl;
    }
}
