package app.hallway.sandbox.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * A user of the sandbox directory. Its key is derived from the username but differs from it, as Confluence's
 * user keys do, so a plugin that mixes the two up fails here too.
 */
public final class SandboxUser implements ConfluenceUser {
    private final String name;
    private final String fullName;
    private final String email;
    private final Locale locale;
    private final Set<String> groups;
    private final UserKey key;

    public SandboxUser(String name, String fullName, String email, Locale locale, Set<String> groups) {
        this.name = name;
        this.fullName = fullName;
        this.email = email;
        this.locale = locale;
        this.groups = Set.copyOf(groups);
        this.key = keyFor(name);
    }

    /** The stable key of {@code username}: 32 hex digits, like Confluence's. */
    public static UserKey keyFor(String username) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(username.getBytes(StandardCharsets.UTF_8));
            return new UserKey(HexFormat.of().formatHex(md5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public UserKey getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    /** The user's own language, as set in their Confluence profile. */
    public Locale locale() {
        return locale;
    }

    public Set<String> groups() {
        return groups;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SandboxUser user && user.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
