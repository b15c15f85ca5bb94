package app.hallway.leaders;

import app.hallway.leaders.scoring.EndorsementGraph;
import app.hallway.leaders.scoring.EndorsementGraphBuilder;
import app.hallway.leaders.scoring.InteractionKind;
import app.hallway.leaders.scoring.NodeScores;
import app.hallway.leaders.scoring.WeightedLeaderRank;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One period scored: the people who took part in it (an interaction with someone else who counts), numbered
 * densely for the scoring core, their endorsement graph and weighted LeaderRank scores, and which of them are
 * ranked (see {@link Population}). Standings are places among the ranked people only.
 */
final class ScoredPeriod {
    private static final InteractionKind[] KINDS = InteractionKind.values();

    /** Local number to the reading's number. */
    final int[] globalOf;
    /** The reading's number to the local number, or -1 for someone who did not take part. */
    final int[] localOf;
    final EndorsementGraph endorsements;
    final WeightedLeaderRank leaderRank;
    /** By local number: whether the person is ranked. */
    final boolean[] ranked;
    private final double[] ascending;

    private ScoredPeriod(int[] globalOf, int[] localOf, EndorsementGraph endorsements, boolean[] ranked) {
        this.globalOf = globalOf;
        this.localOf = localOf;
        this.endorsements = endorsements;
        this.ranked = ranked;
        this.leaderRank = new WeightedLeaderRank(endorsements.graph());
        double[] scores = leaderRank.scores().toArray();
        int count = 0;
        for (int local = 0; local < scores.length; local++) {
            if (ranked[local]) {
                scores[count++] = scores[local];
            }
        }
        this.ascending = Arrays.copyOf(scores, count);
        Arrays.sort(ascending);
    }

    /**
     * Scores the totals of one period among the people of {@code population}. Participants are numbered in
     * the order of their user keys, not in the order the log happened to name them, so that the same
     * interactions always make the same graph, and the same bootstrap resamples.
     */
    static ScoredPeriod of(PairKindTotals totals, PeopleIndex index, Population population) {
        int peopleRead = index.size();
        int[] localOf = new int[peopleRead];
        Arrays.fill(localOf, -1);
        boolean[] takesPart = new boolean[peopleRead];
        totals.forEach((endorser, endorsed, kind, total) -> {
            if (total > 0 && population.counts(endorser) && population.counts(endorsed)) {
                takesPart[endorser] = true;
                takesPart[endorsed] = true;
            }
        });
        int[] globalOf = IntStream.range(0, peopleRead).filter(person -> takesPart[person]).boxed()
                .sorted(Comparator.comparing(index::key)).mapToInt(Integer::intValue).toArray();
        int people = globalOf.length;
        boolean[] ranked = new boolean[people];
        for (int local = 0; local < people; local++) {
            localOf[globalOf[local]] = local;
            ranked[local] = population.ranked(globalOf[local]);
        }
        EndorsementGraphBuilder builder = new EndorsementGraphBuilder(people, totals.size());
        totals.forEach((endorser, endorsed, kind, total) -> {
            if (localOf[endorser] >= 0 && localOf[endorsed] >= 0) {
                builder.add(localOf[endorser], localOf[endorsed], KINDS[kind], total);
            }
        });
        // The builder now holds everything the totals held: drop them before building doubles the memory again.
        totals = null;
        return new ScoredPeriod(globalOf, localOf, builder.build(), ranked);
    }

    /** Everyone in the period's graph, ranked or not. */
    int people() {
        return globalOf.length;
    }

    /** The people ranked in the period: those a report lists. */
    int rankedPeople() {
        return ascending.length;
    }

    NodeScores scores() {
        return leaderRank.scores();
    }

    /** The standing of the reading's person {@code global} among the people ranked in this period. */
    Standing standing(int global) {
        int local = global < localOf.length ? localOf[global] : -1;
        if (local < 0 || !ranked[local]) {
            return Standing.ABSENT;
        }
        double score = scores().score(local);
        int higher = ascending.length - upperBound(score);
        return Standing.of(higher, ascending.length, endorsements.distinctEndorsers(local) > 0);
    }

    private int upperBound(double value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
