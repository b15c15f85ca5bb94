package app.hallway.leaders;

import app.hallway.leaders.scoring.InteractionKind;
import app.hallway.leaders.scoring.LeaderBand;
import app.hallway.leaders.scoring.LeaderGate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One person in a computed report, explained without a raw score: their band and gates, the breadth of their
 * endorsement as counts, how the score splits over kinds of interaction (shares that add up to 1 with the
 * baseline every person gets), the trend, the stability and the flags for a human.
 *
 * @param department the department group the person belongs to, or null for none of them
 * @param shareByKind the part of the score each kind of interaction brought in; kinds that brought nothing are absent
 * @param baselineShare the part every person gets from the ground node of LeaderRank
 * @param stability share of bootstrap resamples that put the person in the top 5 %
 * @param topContent up to three contributions with the most engagement, from the retained detailed log
 */
public record PersonStanding(String userKey, String department, LeaderBand band, boolean leader,
                             Set<LeaderGate> failedGates, int distinctEndorsers, int endorserDepartments,
                             double stability, Map<InteractionKind, Double> shareByKind, double baselineShare,
                             Standing standing, Standing previousStanding, Trend trend, Set<ReviewFlag> flags,
                             List<ContentShare> topContent) {
    public PersonStanding {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(band, "band");
        Set<LeaderGate> gates = EnumSet.noneOf(LeaderGate.class);
        gates.addAll(failedGates);
        failedGates = Collections.unmodifiableSet(gates);
        Map<InteractionKind, Double> shares = new EnumMap<>(InteractionKind.class);
        shares.putAll(shareByKind);
        shareByKind = Collections.unmodifiableMap(shares);
        Set<ReviewFlag> flagged = EnumSet.noneOf(ReviewFlag.class);
        flagged.addAll(flags);
        flags = Collections.unmodifiableSet(flagged);
        topContent = List.copyOf(topContent);
    }

    /** The same standing with other top content (found after scoring, from the detailed log). */
    public PersonStanding withTopContent(List<ContentShare> content) {
        return new PersonStanding(userKey, department, band, leader, failedGates, distinctEndorsers, endorserDepartments,
                stability, shareByKind, baselineShare, standing, previousStanding, trend, flags, content);
    }
}
