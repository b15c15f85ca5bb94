package com.atlassian.confluence.languages;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Locale;

/** Mirror of Confluence 10.2's {@code LocaleManager}, the members Hallway calls. */
public interface LocaleManager {
    Locale getLocale(ConfluenceUser user);

    Locale getSiteDefaultLocale();
}
