package app.hallway.announce;

import app.hallway.platform.Groups;
import app.hallway.platform.Person;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people an announcement is aimed at: the union of its groups' members, each with the audience groups
 * they are in. Listing it reads the directory, O(members) per group: jobs and reports only.
 */
public record Audience(Map<String, Person> people, Map<String, Set<String>> groupsOf) {
    public Audience {
        people = Collections.unmodifiableMap(new LinkedHashMap<>(people));
        groupsOf = Map.copyOf(groupsOf);
    }

    public static Audience of(List<String> groups, Groups directory) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Set<String>> groupsOf = new LinkedHashMap<>();
        for (String group : groups) {
            for (Person member : directory.members(group)) {
                people.putIfAbsent(member.key(), member);
                groupsOf.computeIfAbsent(member.key(), key -> new TreeSet<>()).add(group);
            }
        }
        groupsOf.replaceAll((key, names) -> Collections.unmodifiableSet(names));
        return new Audience(people, groupsOf);
    }

    public int size() {
        return people.size();
    }

    public boolean contains(String userKey) {
        return people.containsKey(userKey);
    }

    public Set<String> groupsOf(String userKey) {
        return groupsOf.getOrDefault(userKey, Set.of());
    }
}
