package app.hallway.leaders;

import app.hallway.leaders.scoring.LeaderBand;
import java.util.ArrayList;
import java.util.List;

/** Counts per department group and over everyone, kept whole; readers suppress small ones. */
final class Aggregates {
    private final List<String> groups;
    private final Tally everyone = new Tally();
    private final Tally[] byDepartment;

    Aggregates(List<String> groups) {
        this.groups = groups;
        this.byDepartment = new Tally[groups.size() + 1];
        for (int department = 0; department < byDepartment.length; department++) {
            byDepartment[department] = new Tally();
        }
    }

    /** @param department index into the groups, or {@link Population#NO_DEPARTMENT} */
    void add(PersonStanding person, int department, double multipleOfAverage) {
        everyone.add(person, multipleOfAverage);
        byDepartment[department == Population.NO_DEPARTMENT ? groups.size() : department].add(person, multipleOfAverage);
    }

    DepartmentAggregate everyone() {
        return everyone.toAggregate(DepartmentAggregate.EVERYONE);
    }

    /** The groups in order, then those in none of them (group null). */
    List<DepartmentAggregate> departments() {
        List<DepartmentAggregate> departments = new ArrayList<>();
        for (int department = 0; department < byDepartment.length; department++) {
            departments.add(byDepartment[department].toAggregate(department < groups.size() ? groups.get(department) : null));
        }
        return departments;
    }

    private static final class Tally {
        private int people;
        private int leaders;
        private int top1;
        private int top5;
        private int rising;
        private int falling;
        private final int[] distribution = new int[ScoreBins.COUNT];

        void add(PersonStanding person, double multipleOfAverage) {
            people++;
            leaders += person.leader() ? 1 : 0;
            top1 += person.band() == LeaderBand.TOP_1 ? 1 : 0;
            top5 += person.band() != LeaderBand.OTHER ? 1 : 0;
            rising += person.trend() == Trend.RISING ? 1 : 0;
            falling += person.trend() == Trend.FALLING ? 1 : 0;
            distribution[ScoreBins.of(multipleOfAverage)]++;
        }

        DepartmentAggregate toAggregate(String group) {
            return new DepartmentAggregate(group, people, leaders, top1, top5, rising, falling, distribution);
        }
    }
}
