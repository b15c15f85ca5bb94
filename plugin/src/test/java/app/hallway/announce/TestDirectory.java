package app.hallway.announce;

import app.hallway.platform.Groups;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory for use-case tests: people in groups, with a language. Keys differ from usernames
 * ({@code eli} has key {@code eli-key}), as in Confluence, so code that mixes them up fails here.
 */
final class TestDirectory implements People, Groups {
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();
    private final Map<String, Locale> locales = new LinkedHashMap<>();
    private final Map<String, Set<String>> memberships = new LinkedHashMap<>();
    private String current;

    static String key(String username) {
        return username + "-key";
    }

    TestDirectory person(String username, String... groupNames) {
        return person(username, Locale.ENGLISH, groupNames);
    }

    TestDirectory person(String username, Locale locale, String... groupNames) {
        String key = key(username);
        people.put(key, new Person(key, username, Character.toUpperCase(username.charAt(0)) + username.substring(1)));
        locales.put(key, locale);
        memberships.put(key, Set.of(groupNames));
        for (String group : groupNames) {
            groups.computeIfAbsent(group, g -> new java.util.LinkedHashSet<>()).add(key);
        }
        return this;
    }

    /** Adds {@code count} people named {@code prefix1…} to {@code group}. */
    TestDirectory crowd(String prefix, int count, String group) {
        for (int i = 1; i <= count; i++) {
            person(prefix + i, group);
        }
        return this;
    }

    TestDirectory group(String name) {
        groups.computeIfAbsent(name, g -> new java.util.LinkedHashSet<>());
        return this;
    }

    void logIn(String username) {
        current = username == null ? null : key(username);
    }

    @Override
    public Optional<Person> current() {
        return Optional.ofNullable(current).map(people::get);
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        return Optional.ofNullable(people.get(userKey));
    }

    @Override
    public boolean isAdministrator(String userKey) {
        return memberships.getOrDefault(userKey, Set.of()).contains("confluence-administrators");
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return memberships.getOrDefault(userKey, Set.of()).contains(group);
    }

    @Override
    public boolean groupExists(String group) {
        return groups.containsKey(group);
    }

    @Override
    public Locale localeOf(String userKey) {
        return locales.getOrDefault(userKey, Locale.ENGLISH);
    }

    @Override
    public List<Person> members(String group) {
        return groups.getOrDefault(group, Set.of()).stream().map(people::get).toList();
    }
}
