package app.hallway.platform.confluence;

import app.hallway.platform.Texts;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/** {@link Texts} over SAL's i18n resolver, which picks the current user's language. */
@Named
public final class SalTexts implements Texts {
    private final I18nResolver i18n;

    @Inject
    public SalTexts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String get(String key, Object... arguments) {
        return i18n.getText(key, serializable(arguments));
    }

    @Override
    public String get(Locale locale, String key, Object... arguments) {
        return i18n.getText(locale, key, serializable(arguments));
    }

    private static Serializable[] serializable(Object... arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                .toArray(Serializable[]::new);
    }
}
