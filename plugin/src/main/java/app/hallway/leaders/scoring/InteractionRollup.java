package app.hallway.leaders.scoring;

import java.util.Objects;

/**
 * All interactions of one kind from one person to another in the scoring window, as a decayed count
 * (each event weighted by {@link Decay#weight}). People are numbered {@code 0..n-1}; an objector has
 * no number at all.
 *
 * @param endorser the person who engaged
 * @param endorsed the person whose content or work was engaged with
 * @param kind what the endorser did
 * @param decayedCount sum of the decayed weights of the events, finite and not negative
 */
public record InteractionRollup(int endorser, int endorsed, InteractionKind kind, double decayedCount) {

    public InteractionRollup {
        if (endorser < 0 || endorsed < 0) {
            throw new IllegalArgumentException("people are numbered from 0: " + endorser + " → " + endorsed);
        }
        Objects.requireNonNull(kind, "kind");
        if (!(decayedCount >= 0) || Double.isInfinite(decayedCount)) {
            throw new IllegalArgumentException("decayed count must be finite and not negative: " + decayedCount);
        }
    }
}
