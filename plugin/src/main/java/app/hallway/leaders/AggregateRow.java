package app.hallway.leaders;

/**
 * Counts over one department group (or everyone), as shown: every count is null and {@code suppressed} true
 * when the group has fewer than {@link ReadLeaderReport#MIN_AGGREGATE_PEOPLE} people.
 *
 * @param group the department group; null for people in none of them; {@code "*"} for everyone
 */
public record AggregateRow(String group, boolean suppressed, Integer people, Integer leaders, Integer top1, Integer top5,
                           Integer rising, Integer falling) {
    static AggregateRow of(DepartmentAggregate aggregate) {
        if (aggregate.people() < ReadLeaderReport.MIN_AGGREGATE_PEOPLE) {
            return new AggregateRow(aggregate.group(), true, null, null, null, null, null, null);
        }
        return new AggregateRow(aggregate.group(), false, aggregate.people(), aggregate.leaders(), aggregate.top1(),
                aggregate.top5(), aggregate.rising(), aggregate.falling());
    }
}
