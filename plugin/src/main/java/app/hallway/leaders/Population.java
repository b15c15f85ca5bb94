package app.hallway.leaders;

import app.hallway.platform.People;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Who of the people met in the log counts, and in which department: only people still in the directory count
 * (no sockpuppets, no one who has left), and a person's department is the first department group they are in.
 */
final class Population {
    static final int NO_DEPARTMENT = -1;

    private final boolean[] inDirectory;
    private final int[] departments;
    private final List<String> groups;

    private Population(boolean[] inDirectory, int[] departments, List<String> groups) {
        this.inDirectory = inDirectory;
        this.departments = departments;
        this.groups = groups;
    }

    static Population of(PeopleIndex index, People people, List<String> groups, DoubleConsumer progress) {
        int n = index.size();
        boolean[] inDirectory = new boolean[n];
        int[] departments = new int[n];
        progress.accept(0);
        for (int person = 0; person < n; person++) {
            String key = index.key(person);
            inDirectory[person] = people.byKey(key).isPresent();
            departments[person] = inDirectory[person] ? departmentOf(people, key, groups) : NO_DEPARTMENT;
            if (person % 1024 == 1023) {
                progress.accept((double) person / n);
            }
        }
        progress.accept(1);
        return new Population(inDirectory, departments, List.copyOf(groups));
    }

    private static int departmentOf(People people, String key, List<String> groups) {
        for (int group = 0; group < groups.size(); group++) {
            if (people.isInGroup(key, groups.get(group))) {
                return group;
            }
        }
        return NO_DEPARTMENT;
    }

    boolean counts(int person) {
        return inDirectory[person];
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
