package app.hallway.sandbox.host;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Locale;
import java.util.Optional;

/**
 * Confluence's {@code LocaleManager}: a user's profile language, except that the current user's language can
 * be switched for the browser session with {@code ?lang=} (as Confluence's language picker does).
 */
public final class SandboxLocaleManager implements LocaleManager {
    private static final Locale SITE_DEFAULT = Locale.ENGLISH;

    private final SandboxCurrentUser currentUser;

    public SandboxLocaleManager(SandboxCurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Locale getLocale(ConfluenceUser user) {
        Optional<SandboxUser> current = currentUser.user();
        Optional<Locale> session = currentUser.sessionLocale();
        if (session.isPresent() && (user == null || current.map(user::equals).orElse(false))) {
            return session.get();
        }
        if (user instanceof SandboxUser sandboxUser) {
            return sandboxUser.locale();
        }
        return SITE_DEFAULT;
    }

    @Override
    public Locale getSiteDefaultLocale() {
        return SITE_DEFAULT;
    }

    /** The language of whoever is asking now. */
    public Locale currentLocale() {
        return getLocale(currentUser.user().orElse(null));
    }
}
