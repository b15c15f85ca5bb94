package app.hallway.leaders;

import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.InteractionKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
        Period before = period.previous();
        long expected = Math.max(1, history.countDailyRollups(before.from(), period.to()));
        int expectedPairs = (int) Math.min(Integer.MAX_VALUE / 4, expected);
        LogReading reading = new LogReading(new PeopleIndex(objectors), new PairKindTotals(expectedPairs),
                new PairKindTotals(expectedPairs / 4), new ReceivedByWeek(period, 1024));
        DecayTable currentDecay = new DecayTable(period, decay);
        DecayTable previousDecay = new DecayTable(before, decay);
        history.forEachDailyRollup(before.from(), period.to(), (actor, target, type, day, count) -> {
            reading.fold(actor, target, type, day, count, period, before, currentDecay, previousDecay, countViews);
            if (++reading.rows % PROGRESS_EVERY == 0) {
                progress.accept(Math.min(1, (double) reading.rows / expected));
            }
        });
        progress.accept(1);
        return reading;
    }

    private void fold(String actor, String target, InteractionType type, LocalDate day, int count, Period period,
                      Period before, DecayTable currentDecay, DecayTable previousDecay, boolean countViews) {
        InteractionKind kind = type == null ? null : Kinds.of(type, countViews);
        if (kind == null || count <= 0 || actor == null || target == null || actor.equals(target)) {
            return;
        }
        int endorser = people.indexOf(actor);
        int endorsed = people.indexOf(target);
        if (endorser == PeopleIndex.EXCLUDED || endorsed == PeopleIndex.EXCLUDED) {
            return;
        }
        if (period.contains(day)) {
            current.add(endorser, endorsed, kind.ordinal(), count * currentDecay.weight(day));
            receivedByWeek.add(endorsed, (int) ChronoUnit.DAYS.between(period.from(), day), count);
        } else if (before.contains(day)) {
            previous.add(endorser, endorsed, kind.ordinal(), count * previousDecay.weight(day));
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
