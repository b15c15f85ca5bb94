package app.hallway.leaders.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a person scores what they score: the weighted LeaderRank score split into what each kind of
 * interaction brought in and the baseline every person gets from the ground node. The parts add up
 * to the score (up to floating-point rounding).
 *
 * @param person the person explained
 * @param score their weighted LeaderRank score
 * @param byKind score brought in through each kind of interaction; kinds that brought nothing are absent
 * @param baseline score from the ground node: its even hand-back plus its flow by in-strength
 * @param distinctEndorsers how many different people endorse this person
 */
public record ScoreExplanation(int person, double score, Map<InteractionKind, Double> byKind,
                               double baseline, int distinctEndorsers) {

    public ScoreExplanation {
        Map<InteractionKind, Double> copy = new EnumMap<>(InteractionKind.class);
        copy.putAll(Objects.requireNonNull(byKind, "byKind"));
        byKind = Collections.unmodifiableMap(copy);
    }

    /** The score brought in through one kind of interaction, 0 if none. */
    public double contribution(InteractionKind kind) {
        return byKind.getOrDefault(kind, 0.0);
    }

    /** Sum of all kind contributions and the baseline: the score, up to rounding. */
    public double sumOfParts() {
        double sum = baseline;
        for (double part : byKind.values()) {
            sum += part;
        }
        return sum;
    }
}
