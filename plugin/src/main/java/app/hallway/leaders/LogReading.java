package app.hallway.leaders;

import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.InteractionKind;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * One pass over the daily rollups of a period and of the period before it, folded while reading into decayed
 * totals per (endorser, endorsed, kind) for each period and weekly counts of what each person received: only
 * primitive arrays survive the pass, however many rollups there are. Self-interactions, objectors (both ways)
 * and kinds that do not count are dropped as they are read.
 */
final class LogReading {
    private static final int PROGRESS_EVERY = 1 << 16;

    final PeopleIndex people;
    private PairKindTotals current;
    private PairKindTotals previous;
    final ReceivedByWeek receivedByWeek;
    private long rows;

    private LogReading(PeopleIndex people, PairKindTotals current, PairKindTotals previous, ReceivedByWeek receivedByWeek) {
        this.people = people;
        this.current = current;
        this.previous = previous;
        this.receivedByWeek = receivedByWeek;
    }

    static LogReading read(InteractionHistory history, Period period, Decay decay, Set<String> objectors,
                           boolean countViews, DoubleConsumer progress) {
        progress.accept(0);
        Period before = period.previous();
        long expected = Math.max(1, history.countDailyRollups(before.from(), period.to()));
        int expectedPairs = (int) Math.min(Integer.MAX_VALUE / 4, expected);
        LogReading reading = new LogReading(new PeopleIndex(objectors), new PairKindTotals(expectedPairs),
                new PairKindTotals(expectedPairs / 4), new ReceivedByWeek(period, 1024));
        Folding folding = reading.new Folding(period, decay, countViews);
        history.forEachDailyRollup(before.from(), period.to(), (actor, target, type, day, count) -> {
            folding.fold(actor, target, type, day, count);
            if (++reading.rows % PROGRESS_EVERY == 0) {
                progress.accept(Math.min(1, (double) reading.rows / expected));
            }
        });
        progress.accept(1);
        return reading;
    }

    /** Folds one rollup at a time, with the periods as day numbers: date objects per rollup cost too much. */
    private final class Folding {
        private final int currentFrom;
        private final int currentTo;
        private final int previousFrom;
        private final double[] currentWeights;
        private final double[] previousWeights;
        private final boolean countViews;

        Folding(Period period, Decay decay, boolean countViews) {
            Period before = period.previous();
            this.currentFrom = (int) period.from().toEpochDay();
            this.currentTo = (int) period.to().toEpochDay();
            this.previousFrom = (int) before.from().toEpochDay();
            this.currentWeights = DecayTable.weights(period, decay);
            this.previousWeights = DecayTable.weights(before, decay);
            this.countViews = countViews;
        }

        void fold(String actor, String target, InteractionType type, int day, int count) {
            InteractionKind kind = type == null ? null : Kinds.of(type, countViews);
            if (kind == null || count <= 0 || actor == null || target == null || day < previousFrom || day > currentTo
                    || actor.equals(target)) {
                return;
            }
            int endorser = people.indexOf(actor);
            int endorsed = people.indexOf(target);
            if (endorser == PeopleIndex.EXCLUDED || endorsed == PeopleIndex.EXCLUDED) {
                return;
            }
            if (day >= currentFrom) {
                current.add(endorser, endorsed, kind.ordinal(), count * currentWeights[day - currentFrom]);
                receivedByWeek.add(endorsed, day - currentFrom, count);
            } else {
                previous.add(endorser, endorsed, kind.ordinal(), count * previousWeights[day - previousFrom]);
            }
        }
    }

    /**
     * Hands over the current period's totals and forgets them, so that they can be collected as soon as the
     * graph is built from them: they are the largest thing a computation holds.
     */
    PairKindTotals takeCurrent() {
        PairKindTotals taken = current;
        current = null;
        return taken;
    }

    /** As {@link #takeCurrent()}, for the previous period. */
    PairKindTotals takePrevious() {
        PairKindTotals taken = previous;
        previous = null;
        return taken;
    }

    long rows() {
        return rows;
    }
}
