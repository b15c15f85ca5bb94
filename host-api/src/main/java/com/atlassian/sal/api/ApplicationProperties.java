package com.atlassian.sal.api;

/** Mirror of SAL's {@code ApplicationProperties} (sal-api 5.x to 7.x), the members Hallway calls. */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
