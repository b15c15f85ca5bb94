package app.hallway.platform.confluence;

import app.hallway.platform.Links;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@link Links} over SAL's application properties (the base URL the administrator configured). */
@Named
public final class SalLinks implements Links {
    private final ApplicationProperties application;

    @Inject
    public SalLinks(ApplicationProperties application) {
        this.application = application;
    }

    @Override
    public String contextPath() {
        return stripSlash(application.getBaseUrl(UrlMode.RELATIVE));
    }

    @Override
    public String absolute(String path) {
        return stripSlash(application.getBaseUrl(UrlMode.CANONICAL)) + path;
    }

    private static String stripSlash(String url) {
        if (url == null) {
            return "";
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
