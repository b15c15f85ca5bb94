package app.hallway.leaders;

import java.util.Arrays;

/**
 * Counts over the people of one department group in a report (or over everyone). Stored whole; a reader
 * suppresses it when it covers fewer than {@link ReadLeaderReport#MIN_AGGREGATE_PEOPLE} people.
 *
 * @param group the department group, or null for everyone not in a department group, or "*" for everyone
 * @param people people of the group scored in the period
 * @param distribution people per score bin, bins as {@link ScoreBins} defines them
 */
public record DepartmentAggregate(String group, int people, int leaders, int top1, int top5, int rising, int falling,
                                  int[] distribution) {
    public static final String EVERYONE = "*";

    public DepartmentAggregate {
        distribution = distribution.clone();
    }

    @Override
    public int[] distribution() {
        return distribution.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DepartmentAggregate that && java.util.Objects.equals(group, that.group) && people == that.people
                && leaders == that.leaders && top1 == that.top1 && top5 == that.top5 && rising == that.rising
                && falling == that.falling && Arrays.equals(distribution, that.distribution);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(group, people, leaders, top1, top5, rising, falling) * 31 + Arrays.hashCode(distribution);
    }
}
