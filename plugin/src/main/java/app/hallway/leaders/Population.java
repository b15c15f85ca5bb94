package app.hallway.leaders;

import app.hallway.platform.People;
import app.hallway.platform.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Who of the people met in the log counts, who is ranked, and in which department (LEADERS.md: only people in
 * the directory count, no sockpuppets).
 *
 * <ul>
 *   <li>Someone the directory no longer holds (deleted) does not count at all: they leave with all their
 *       interactions, as an objector does.</li>
 *   <li>Someone deactivated counts but is not ranked: the endorsements they gave while they worked here stay
 *       in the graph and still count for the colleagues they endorsed (a leader does not fall because an
 *       endorser left), but they themselves take no place in the ranking, pass no leader gate and are not
 *       reported.</li>
 * </ul>
 *
 * A person's department is the first department group they are in. The directory is asked in batches of
 * {@value #BATCH} people, whatever the size of the company.
 */
final class Population {
    static final int NO_DEPARTMENT = -1;
    static final int BATCH = 2_000;

    private final Presence[] presence;
    private final int[] departments;
    private final List<String> groups;

    private Population(Presence[] presence, int[] departments, List<String> groups) {
        this.presence = presence;
        this.departments = departments;
        this.groups = groups;
    }

    static Population of(PeopleIndex index, People people, List<String> groups, DoubleConsumer progress) {
        int n = index.size();
        Presence[] presence = new Presence[n];
        int[] departments = new int[n];
        progress.accept(0);
        List<String> everyone = new ArrayList<>(n);
        for (int person = 0; person < n; person++) {
            everyone.add(index.key(person));
        }
        Map<String, Integer> firstGroup = people.firstGroupOf(everyone, groups);
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            List<String> keys = new ArrayList<>(end - start);
            for (int person = start; person < end; person++) {
                keys.add(index.key(person));
            }
            Map<String, Presence> found = people.presenceOf(keys);
            for (int person = start; person < end; person++) {
                String key = index.key(person);
                presence[person] = found.get(key);
                departments[person] = presence[person] == null ? NO_DEPARTMENT : firstGroup.getOrDefault(key, NO_DEPARTMENT);
            }
            progress.accept((double) end / n);
        }
        progress.accept(1);
        return new Population(presence, departments, List.copyOf(groups));
    }


    /** In the directory, active or deactivated: in the graph with their interactions. */
    boolean counts(int person) {
        return presence[person] != null;
    }

    /** Active in the directory: ranked, assessed against the leader gates and reported. */
    boolean ranked(int person) {
        return presence[person] == Presence.ACTIVE;
    }

    /** Index into the department groups, or {@link #NO_DEPARTMENT}. */
    int department(int person) {
        return departments[person];
    }

    /** The department group's name, or null for none. */
    String departmentName(int person) {
        int department = departments[person];
        return department == NO_DEPARTMENT ? null : groups.get(department);
    }

    /**
     * Department numbers for the diversity gate: the groups in order, and everyone in none of them counted as
     * one more department (they are at least one kind of colleague, not a department each).
     */
    int gateDepartment(int person) {
        int department = departments[person];
        return department == NO_DEPARTMENT ? groups.size() : department;
    }
}
