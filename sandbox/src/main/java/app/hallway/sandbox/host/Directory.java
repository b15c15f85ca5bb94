package app.hallway.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's user directory, in memory: every node builds the same one from the same seed, so it needs no
 * table. Everyone is in {@code confluence-users}; administrators are in {@code confluence-administrators}.
 */
public final class Directory {
    public static final String USERS = "confluence-users";
    public static final String ADMINISTRATORS = "confluence-administrators";

    private final Map<String, SandboxUser> byName = new LinkedHashMap<>();
    private final Map<UserKey, SandboxUser> byKey = new LinkedHashMap<>();

    public SandboxUser add(String username, String fullName, Locale locale, String... groups) {
        Set<String> memberOf = new LinkedHashSet<>();
        memberOf.add(USERS);
        memberOf.addAll(Set.of(groups));
        String email = username + "@hallway.example";
        SandboxUser user = new SandboxUser(username, fullName, email, locale, memberOf);
        byName.put(username.toLowerCase(Locale.ROOT), user);
        byKey.put(user.getKey(), user);
        return user;
    }

    public Optional<SandboxUser> byName(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(byName.get(username.toLowerCase(Locale.ROOT)));
    }

    public Optional<SandboxUser> byKey(UserKey key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    public Collection<SandboxUser> users() {
        return byName.values();
    }

    public boolean groupExists(String group) {
        return byName.values().stream().anyMatch(u -> u.groups().contains(group));
    }

    public boolean isMember(String username, String group) {
        return byName(username).map(u -> u.groups().contains(group)).orElse(false);
    }

    public boolean isAdministrator(String username) {
        return isMember(username, ADMINISTRATORS);
    }
}
