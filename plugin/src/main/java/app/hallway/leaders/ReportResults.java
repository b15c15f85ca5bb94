package app.hallway.leaders;

import java.util.List;
import java.util.Optional;

/**
 * The cached outcome of computations: kept until the next computation succeeds, read by every node. Holds
 * bands, counts and shares, never raw scores.
 */
public interface ReportResults {
    void save(long runId, ComputedReport report);

    Optional<ReportSummary> summary(long runId);

    /** The leaders of a computation, in the report's order. */
    List<PersonStanding> leaders(long runId);

    Optional<PersonStanding> person(long runId, String userKey);

    /** Removes one person from every cached computation (erasure). */
    void forget(String userKey);

    /** Drops every cached computation except {@code runId}'s. */
    void keepOnly(long runId);
}
