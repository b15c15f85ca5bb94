package app.hallway.leaders.bench;

import app.hallway.platform.People;
import app.hallway.platform.Person;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The synthetic company's directory for the report benchmark: person {@code i} has a 32-hex-digit user key
 * (as Confluence's are) and belongs to the group {@code dept-<department>}.
 */
final class SyntheticDirectory implements People {
    private final String[] keys;
    private final int[] departments;
    private final Map<String, Integer> byKey;
    private final String[] groups;

    SyntheticDirectory(int[] departments, int departmentCount) {
        this.departments = departments;
        this.groups = new String[departmentCount];
        for (int department = 0; department < departmentCount; department++) {
            groups[department] = group(department);
        }
        this.keys = new String[departments.length];
        this.byKey = new HashMap<>(departments.length * 2);
        for (int person = 0; person < departments.length; person++) {
            keys[person] = key(person);
            byKey.put(keys[person], person);
        }
    }

    /** A stable, Confluence-shaped user key for person {@code i}. */
    static String key(int person) {
        long mixed = person * 0x9E3779B97F4A7C15L;
        return String.format(Locale.ROOT, "%016x%016x", mixed, Long.rotateLeft(mixed, 29) ^ 0x5DEECE66DL);
    }

    static String group(int department) {
        return "dept-" + department;
    }

    String keyOf(int person) {
        return keys[person];
    }

    @Override
    public Optional<Person> current() {
        return Optional.empty();
    }

    @Override
    public Optional<Person> byKey(String userKey) {
        Integer person = byKey.get(userKey);
        return person == null ? Optional.empty() : Optional.of(new Person(userKey, "user" + person, "Person " + person));
    }

    @Override
    public boolean isAdministrator(String userKey) {
        return false;
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        Integer person = byKey.get(userKey);
        return person != null && group.equals(groups[departments[person]]);
    }

    @Override
    public boolean groupExists(String group) {
        return group.startsWith("dept-");
    }

    @Override
    public Locale localeOf(String userKey) {
        return Locale.ENGLISH;
    }
}
