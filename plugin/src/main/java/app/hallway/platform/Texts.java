package app.hallway.platform;

import java.util.Locale;

/** Hallway's i18n bundles in the current user's language ({@code i18n/hallway*.properties}). */
public interface Texts {
    String get(String key, Object... arguments);

    String get(Locale locale, String key, Object... arguments);
}
