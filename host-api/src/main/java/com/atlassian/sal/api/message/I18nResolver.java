package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** Mirror of SAL's {@code I18nResolver}, the members Hallway calls. */
public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    String getText(String key);
}
