package app.hallway.sandbox.host;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is asking, for the duration of one request: set by the web filter from {@code X-Sandbox-User},
 * {@code ?as=} or the cookie, cleared afterwards. The plugin never sees this class; it asks SAL's
 * {@code UserManager}, which reads it.
 */
public final class SandboxCurrentUser {
    private final ThreadLocal<Scope> current = new ThreadLocal<>();
    private final Directory directory;

    public SandboxCurrentUser(Directory directory) {
        this.directory = directory;
    }

    /** Runs as {@code username} (null: anonymous) with an optional session language. */
    public void set(String username, Locale sessionLocale) {
        current.set(new Scope(directory.byName(username).orElse(null), sessionLocale));
    }

    public void clear() {
        current.remove();
    }

    public Optional<SandboxUser> user() {
        Scope scope = current.get();
        return scope == null ? Optional.empty() : Optional.ofNullable(scope.user());
    }

    /** The language chosen with {@code ?lang=} for this browser session, if any. */
    public Optional<Locale> sessionLocale() {
        Scope scope = current.get();
        return scope == null ? Optional.empty() : Optional.ofNullable(scope.locale());
    }

    /** Runs {@code action} as {@code user}, restoring whoever was current before (demo content, jobs). */
    public <T> T callAs(SandboxUser user, java.util.function.Supplier<T> action) {
        Scope before = current.get();
        current.set(new Scope(user, null));
        try {
            return action.get();
        } finally {
            if (before == null) {
                current.remove();
            } else {
                current.set(before);
            }
        }
    }

    private record Scope(SandboxUser user, Locale locale) {
    }
}
