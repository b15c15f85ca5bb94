package app.hallway.testing;

import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Presence;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link People} over a map of people and their groups, with a settable current user; for use-case tests. */
public final class InMemoryDirectory implements People {
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Set<String>> groups = new HashMap<>();
    private final Set<String> deactivated = new HashSet<>();
    private String current;

    /** Adds a person whose key, username and name are {@code key} (the name capitalised), in {@code groups}. */
    public InMemoryDirectory add(String key, String... memberOf) {
        return addNamed(key, Character.toUpperCase(key.charAt(0)) + key.substring(1), memberOf);
    }

    public InMemoryDirectory addNamed(String key, String displayName, String... memberOf) {
        people.put(key, new Person(key, key, displayName));
        groups.put(key, Set.of(memberOf));
        return this;
    }

    public InMemoryDirectory remove(String key) {
        people.remove(key);
        groups.remove(key);
        return this;
    }

    /** Deactivates {@code key}: still in the directory, with their groups, but no longer active. */
    public InMemoryDirectory deactivate(String key) {
        deactivated.add(key);
        return this;
    }

    public InMemoryDirectory actAs(String key) {
        current = key;
        return this;
    }

    @Override
    public Optional<Person> current() {
        return current == null ? Optional.empty() : byKey(current);
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return Optional.ofNullable(people.get(userKey));
    }

    @Override
    public boolean isAdministrator(String userKey) {
        return isInGroup(userKey, "confluence-administrators");
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return groups.getOrDefault(userKey, Set.of()).contains(group);
    }

    @Override
    public boolean groupExists(String group) {
        return groups.values().stream().anyMatch(memberOf -> memberOf.contains(group));
    }

    @Override
    public Map<String, Presence> presenceOf(Collection<String> userKeys) {
        Map<String, Presence> presence = new HashMap<>();
        for (String key : userKeys) {
            if (people.containsKey(key)) {
                presence.put(key, deactivated.contains(key) ? Presence.DEACTIVATED : Presence.ACTIVE);
            }
        }
        return presence;
    }

    @Override
    public Locale localeOf(String userKey) {
        return Locale.ENGLISH;
    }
}
