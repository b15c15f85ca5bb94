package app.hallway.announce;

import app.hallway.platform.Person;
import java.util.Set;

/**
 * One person in an acknowledgement report.
 *
 * @param acknowledgement their latest acknowledgement, or null; it may be of an earlier version that no longer
 *                        counts, which the report shows ("acknowledged version 1")
 * @param groups          the audience groups they are in; empty when they left the audience after acknowledging
 */
public record ReportRow(Person person, ReportStatus status, Acknowledgement acknowledgement, Set<String> groups) {
    public ReportRow {
        groups = Set.copyOf(groups);
    }
}
