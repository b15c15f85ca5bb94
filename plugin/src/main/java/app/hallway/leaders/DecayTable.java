package app.hallway.leaders;

import app.hallway.leaders.scoring.Decay;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The decayed weight of an event on each day of a period, as of its last day, computed once per day. */
final class DecayTable {
    private final LocalDate first;
    private final double[] weights;

    DecayTable(Period period, Decay decay) {
        this.first = period.from();
        this.weights = new double[period.days()];
        for (int day = 0; day < weights.length; day++) {
            weights[day] = decay.weight(first.plusDays(day), period.to());
        }
    }

    /** The weight of an event on {@code day}, which must lie in the period. */
    double weight(LocalDate day) {
        return weights[(int) ChronoUnit.DAYS.between(first, day)];
    }

    /** The weights by day of the period, first day first: for callers that count days themselves. */
    static double[] weights(Period period, Decay decay) {
        return new DecayTable(period, decay).weights.clone();
    }
}
