package app.hallway.platform.confluence;

import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Presence;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.Group;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link People} over SAL's user manager and Confluence's user accessor. */
@Named
public final class ConfluencePeople implements People {
    private final UserManager users;
    private final UserAccessor accessor;
    private final PermissionManager permissions;
    private final LocaleManager locales;

    @Inject
    public ConfluencePeople(UserManager users, UserAccessor accessor, PermissionManager permissions, LocaleManager locales) {
        this.users = users;
        this.accessor = accessor;
        this.permissions = permissions;
        this.locales = locales;
    }

    @Override
    public Optional<Person> current() {
        return Optional.ofNullable(users.getRemoteUser()).map(ConfluencePeople::person);
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return Optional.ofNullable(users.getUserProfile(new UserKey(userKey))).map(ConfluencePeople::person);
    }

    @Override
    public boolean isAdministrator(String userKey) {
        ConfluenceUser user = accessor.getUserByKey(new UserKey(userKey));
        return user != null && permissions.isConfluenceAdministrator(user);
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return users.isUserInGroup(new UserKey(userKey), group);
    }

    @Override
    public boolean groupExists(String group) {
        return accessor.getGroup(group) != null;
    }

    @Override
    public Locale localeOf(String userKey) {
        ConfluenceUser user = accessor.getUserByKey(new UserKey(userKey));
        return user == null ? locales.getSiteDefaultLocale() : locales.getLocale(user);
    }

    /**
     * One {@code getUsersByUserKeys} for all the keys, which Confluence answers with two queries per 400 keys,
     * each user's directory entry attached, and {@code isDeactivated} on those, which then reads the entry's
     * active flag without a query of its own: about 500 queries for 100,000 people, where asking person by person
     * would be a lookup per person. Deleted users have no directory entry, so Confluence leaves them out. Both
     * methods are read from 8.7.2 ({@code isDeactivated} deprecated there, no replacement named); unconfirmed on 10.
     */
    @Override
    @SuppressWarnings("deprecation")
    public Map<String, Presence> presenceOf(Collection<String> userKeys) {
        List<UserKey> keys = userKeys.stream().map(UserKey::new).toList();
        Map<String, Presence> presence = new HashMap<>(Math.max(16, keys.size() * 2));
        for (ConfluenceUser user : accessor.getUsersByUserKeys(keys)) {
            if (user != null && user.getKey() != null) {
                presence.put(user.getKey().getStringValue(), accessor.isDeactivated(user) ? Presence.DEACTIVATED : Presence.ACTIVE);
            }
        }
        return presence;
    }

    /**
     * Each group's members read once, in order, keeping a person's first group: one pass over the department
     * groups' memberships, where asking {@link #isInGroup} per person and group would be up to people × groups
     * directory lookups.
     */
    @Override
    public Map<String, Integer> firstGroupOf(Collection<String> userKeys, List<String> groups) {
        Set<String> wanted = new HashSet<>(userKeys);
        Map<String, Integer> first = new HashMap<>(Math.max(16, wanted.size() * 2));
        for (int index = 0; index < groups.size(); index++) {
            Group group = accessor.getGroup(groups.get(index));
            if (group == null) {
                continue;
            }
            for (ConfluenceUser member : accessor.getMembers(group)) {
                if (member != null && member.getKey() != null && wanted.contains(member.getKey().getStringValue())) {
                    first.putIfAbsent(member.getKey().getStringValue(), index);
                }
            }
        }
        return first;
    }

    private static Person person(UserProfile profile) {
        return new Person(profile.getUserKey().getStringValue(), profile.getUsername(), profile.getFullName());
    }
}
