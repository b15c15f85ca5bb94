package app.hallway.leaders.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Decides who is reported as an opinion leader (LEADERS.md): score in the top 5 %, at least
 * {@link LeaderCriteria#minDistinctEndorsers()} distinct endorsers, endorsers from at least
 * {@link LeaderCriteria#minEndorserDepartments()} departments, and stable: in the top 5 % in at
 * least {@link LeaderCriteria#minStableShare()} of bootstrap resamples of the edges.
 *
 * <p>Cost: dominated by the bootstrap, {@code resamples} runs of weighted LeaderRank. The
 * constructor validates its arguments and assesses everyone once; the results are unmodifiable.
 */
public final class LeaderGates {

    private final List<LeaderAssessment> assessments;

    /**
     * @param endorsements the endorsement graph
     * @param leaderRank scores computed on {@code endorsements.graph()}; the resamples reuse its iteration guard,
     *        and its tolerance unless that is finer than 1e-8 (a resample only decides top-5 % membership)
     * @param departments department of every person, numbered from 0, one entry per person
     */
    public LeaderGates(EndorsementGraph endorsements, WeightedLeaderRank leaderRank, int[] departments,
                       LeaderCriteria criteria) {
        this(endorsements, leaderRank, departments, criteria, 1, finished -> { });
    }

    /**
     * As {@link #LeaderGates(EndorsementGraph, WeightedLeaderRank, int[], LeaderCriteria)}, running
     * {@code threads} bootstrap resamples at once and reporting each finished one. The assessments do
     * not depend on the number of threads.
     *
     * @param threads resamples run in parallel, positive; each holds {@code O(n + m)} memory
     * @param onResample told the number of resamples finished so far, from the resampling threads
     */
    public LeaderGates(EndorsementGraph endorsements, WeightedLeaderRank leaderRank, int[] departments,
                       LeaderCriteria criteria, int threads, IntConsumer onResample) {
        this(endorsements, leaderRank, departments, criteria, threads, onResample, null);
    }

    /**
     * As {@link #LeaderGates(EndorsementGraph, WeightedLeaderRank, int[], LeaderCriteria, int, IntConsumer)},
     * ranking only the people {@code ranked} marks. The others stay in the graph, so the endorsements they gave
     * still count towards the scores, endorser counts and departments of the people they endorsed; but they take
     * no place in the top 5 % (in the scores or in any resample) and fail the {@link LeaderGate#TOP_SCORE} gate.
     * Who is not ranked is the caller's rule (the report: people deactivated in the directory).
     *
     * @param ranked one entry per person, true for those ranked; null ranks everyone
     */
    public LeaderGates(EndorsementGraph endorsements, WeightedLeaderRank leaderRank, int[] departments,
                       LeaderCriteria criteria, int threads, IntConsumer onResample, boolean[] ranked) {
        Objects.requireNonNull(endorsements, "endorsements");
        Objects.requireNonNull(onResample, "onResample");
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        Objects.requireNonNull(leaderRank, "leaderRank");
        Objects.requireNonNull(criteria, "criteria");
        if (leaderRank.graph() != endorsements.graph()) {
            throw new IllegalArgumentException("the scores were computed on another graph");
        }
        WeightedDigraph graph = endorsements.graph();
        if (ranked != null && ranked.length != graph.nodeCount()) {
            throw new IllegalArgumentException("need one ranked flag per person: " + ranked.length + " for " + graph.nodeCount());
        }
        boolean[] rankedCopy = ranked == null ? null : ranked.clone();
        int[] endorserDepartments = countEndorserDepartments(graph, departments);
        ScoreRanking ranking = new ScoreRanking(leaderRank.scores().values(), rankedCopy);
        BootstrapStability stability = new BootstrapStability(
                leaderRank, rankedCopy, LeaderBand.TOP_5.share(), criteria.resamples(), criteria.seed(), threads, onResample);
        List<LeaderAssessment> all = new ArrayList<>(graph.nodeCount());
        for (int person = 0; person < graph.nodeCount(); person++) {
            LeaderBand band = ranking.band(person);
            Set<LeaderGate> failed = EnumSet.noneOf(LeaderGate.class);
            addIf(failed, band == LeaderBand.OTHER, LeaderGate.TOP_SCORE);
            addIf(failed, graph.inDegree(person) < criteria.minDistinctEndorsers(), LeaderGate.DISTINCT_ENDORSERS);
            addIf(failed, endorserDepartments[person] < criteria.minEndorserDepartments(), LeaderGate.ENDORSER_DEPARTMENTS);
            addIf(failed, stability.shareInTop(person) < criteria.minStableShare(), LeaderGate.STABILITY);
            all.add(new LeaderAssessment(person, band, graph.inDegree(person), endorserDepartments[person],
                    stability.shareInTop(person), failed));
        }
        this.assessments = List.copyOf(all);
    }

    private static void addIf(Set<LeaderGate> failed, boolean fails, LeaderGate gate) {
        if (fails) {
            failed.add(gate);
        }
    }

    private static int[] countEndorserDepartments(WeightedDigraph graph, int[] departments) {
        Objects.requireNonNull(departments, "departments");
        if (departments.length != graph.nodeCount()) {
            throw new IllegalArgumentException("need one department per person: "
                    + departments.length + " for " + graph.nodeCount());
        }
        int departmentCount = 0;
        for (int department : departments) {
            if (department < 0) {
                throw new IllegalArgumentException("departments are numbered from 0: " + department);
            }
            departmentCount = Math.max(departmentCount, department + 1);
        }
        // seenBy[d] == person + 1 marks department d as already counted for this person.
        int[] seenBy = new int[departmentCount];
        int[] counts = new int[graph.nodeCount()];
        for (int person = 0; person < graph.nodeCount(); person++) {
            for (int position = graph.inOffsets[person]; position < graph.inOffsets[person + 1]; position++) {
                int department = departments[graph.sources[position]];
                if (seenBy[department] != person + 1) {
                    seenBy[department] = person + 1;
                    counts[person]++;
                }
            }
        }
        return counts;
    }

    /** Everyone's assessment, indexed by person. */
    public List<LeaderAssessment> assessments() {
        return assessments;
    }

    public LeaderAssessment assessment(int person) {
        return assessments.get(person);
    }

    /**
     * The opinion leaders, top band first, by person number within a band, so that the order
     * reveals no more than the bands do.
     */
    public List<LeaderAssessment> leaders() {
        return assessments.stream()
                .filter(LeaderAssessment::leader)
                .sorted(Comparator.comparing(LeaderAssessment::band).thenComparingInt(LeaderAssessment::person))
                .toList();
    }
}
