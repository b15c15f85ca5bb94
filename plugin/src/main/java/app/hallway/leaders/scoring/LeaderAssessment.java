package app.hallway.leaders.scoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One person's standing against the leader gates: bands and counts, never the raw score.
 *
 * @param person the person assessed
 * @param band where their score falls
 * @param distinctEndorsers how many different people endorse them (the breadth co-signal)
 * @param endorserDepartments how many departments their endorsers come from
 * @param stability share of bootstrap resamples that put them in the top 5 %
 * @param failedGates the gates they do not pass; empty for an opinion leader
 */
public record LeaderAssessment(int person, LeaderBand band, int distinctEndorsers, int endorserDepartments,
                               double stability, Set<LeaderGate> failedGates) {

    public LeaderAssessment {
        Objects.requireNonNull(band, "band");
        Set<LeaderGate> copy = EnumSet.noneOf(LeaderGate.class);
        copy.addAll(Objects.requireNonNull(failedGates, "failedGates"));
        failedGates = Collections.unmodifiableSet(copy);
    }

    /** True when every gate is passed: the person is reported as an opinion leader. */
    public boolean leader() {
        return failedGates.isEmpty();
    }
}
