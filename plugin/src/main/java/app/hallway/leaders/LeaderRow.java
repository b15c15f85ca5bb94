package app.hallway.leaders;

import java.util.List;

/** One opinion leader in the report's table: bands, counts and the trend, never a raw score. */
public record LeaderRow(String userKey, String name, String department, String band, String standing,
                        String previousStanding, String trend, int distinctEndorsers, int endorserDepartments,
                        double stability, List<String> flags) {
    public LeaderRow {
        flags = List.copyOf(flags);
    }
}
