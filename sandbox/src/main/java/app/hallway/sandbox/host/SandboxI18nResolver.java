package app.hallway.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SAL's {@code I18nResolver} over the plugin's bundles (read as UTF-8, as Confluence 10 reads them): the
 * language bundle first, then the base bundle, then the key itself. Texts always go through
 * {@link MessageFormat}, so {@code ''} is an apostrophe with or without arguments, as in SAL.
 */
public final class SandboxI18nResolver implements I18nResolver {
    private final ClassLoader loader;
    private final List<String> bundles;
    private final SandboxLocaleManager localeManager;
    private final Map<String, Properties> cache = new ConcurrentHashMap<>();

    /** {@code bundles} are base names such as {@code i18n/hallway}. */
    public SandboxI18nResolver(ClassLoader loader, List<String> bundles, SandboxLocaleManager localeManager) {
        this.loader = loader;
        this.bundles = List.copyOf(bundles);
        this.localeManager = localeManager;
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(localeManager.currentLocale(), key, arguments);
    }

    @Override
    public String getText(String key) {
        return getText(localeManager.currentLocale(), key);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = raw(locale, key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments == null ? new Object[0] : arguments);
    }

    /** The unformatted text, or null when no bundle has the key. */
    public String raw(Locale locale, String key) {
        for (String bundle : bundles) {
            for (String file : List.of(bundle + "_" + locale.getLanguage() + ".properties", bundle + ".properties")) {
                String value = properties(file).getProperty(key);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private Properties properties(String file) {
        return cache.computeIfAbsent(file, name -> {
            Properties properties = new Properties();
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
            return properties;
        });
    }
}
