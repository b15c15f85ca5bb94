package app.hallway.testing;

import app.hallway.platform.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** {@link Texts} straight from the plugin's bundles, so tests read what users read. */
public final class BundleTexts implements Texts {
    private final Locale locale;

    public BundleTexts(Locale locale) {
        this.locale = locale;
    }

    public static BundleTexts english() {
        return new BundleTexts(Locale.ENGLISH);
    }

    @Override
    public String get(String key, Object... arguments) {
        return get(locale, key, arguments);
    }

    @Override
    public String get(Locale wanted, String key, Object... arguments) {
        String pattern = bundle(wanted).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No i18n key " + key + " for " + wanted);
        }
        return new MessageFormat(pattern, wanted).format(arguments);
    }

    public static Properties bundle(Locale locale) {
        String name = locale.getLanguage().equals("es") ? "i18n/hallway_es.properties" : "i18n/hallway.properties";
        Properties properties = new Properties();
        try (InputStream in = BundleTexts.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
