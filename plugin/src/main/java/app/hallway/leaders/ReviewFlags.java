package app.hallway.leaders;

import app.hallway.leaders.scoring.WeightedDigraph;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the patterns LEADERS.md asks a human to look at, without acting on them.
 *
 * <ul>
 *   <li><b>Burst</b>: at least {@value #BURST_MIN_RECEIVED} interactions received in the period, and at least
 *       half of them in one calendar week of a period of four weeks or more.</li>
 *   <li><b>Reciprocal cluster</b>: at least {@value #CLUSTER_MIN_PARTNERS} mutual partners (people the person
 *       endorses and who endorse them), who make at least half of the person's endorsers and who are, pair by
 *       pair, mutual partners of each other at least half the time. Density is measured over at most
 *       {@value #CLUSTER_SAMPLE} partners, so one check costs at most {@code 50² log d}.</li>
 * </ul>
 */
final class ReviewFlags {
    static final int BURST_MIN_RECEIVED = 20;
    static final int CLUSTER_MIN_PARTNERS = 4;
    static final int CLUSTER_SAMPLE = 50;

    private final ReceivedByWeek receivedByWeek;
    private final ScoredPeriod scored;

    ReviewFlags(ReceivedByWeek receivedByWeek, ScoredPeriod scored) {
        this.receivedByWeek = receivedByWeek;
        this.scored = scored;
    }

    Set<ReviewFlag> of(int local) {
        Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
        if (burst(scored.globalOf[local])) {
            flags.add(ReviewFlag.BURST);
        }
        if (reciprocalCluster(local)) {
            flags.add(ReviewFlag.RECIPROCAL_CLUSTER);
        }
        return flags;
    }

    private boolean burst(int global) {
        if (receivedByWeek.weeks() < 4) {
            return false;
        }
        int total = receivedByWeek.total(global);
        return total >= BURST_MIN_RECEIVED && 2L * receivedByWeek.busiestWeek(global) >= total;
    }

    private boolean reciprocalCluster(int person) {
        WeightedDigraph graph = scored.endorsements.graph();
        int endorsers = graph.inDegree(person);
        int[] partners = new int[Math.min(endorsers, CLUSTER_SAMPLE)];
        int mutual = 0;
        for (int position = graph.inEdgesStart(person); position < graph.inEdgesEnd(person); position++) {
            int endorser = graph.inSource(position);
            if (graph.edgeId(person, endorser) >= 0) {
                if (mutual < partners.length) {
                    partners[mutual] = endorser;
                }
                mutual++;
            }
        }
        if (mutual < CLUSTER_MIN_PARTNERS || 2L * mutual < endorsers) {
            return false;
        }
        int sampled = Math.min(mutual, partners.length);
        long pairs = 0;
        long tied = 0;
        for (int a = 0; a < sampled; a++) {
            for (int b = a + 1; b < sampled; b++) {
                pairs++;
                if (graph.edgeId(partners[a], partners[b]) >= 0 && graph.edgeId(partners[b], partners[a]) >= 0) {
                    tied++;
                }
            }
        }
        return 2 * tied >= pairs;
    }
}
