package app.hallway.leaders;

import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.InteractionKind;
import app.hallway.leaders.scoring.LeaderAssessment;
import app.hallway.leaders.scoring.LeaderBand;
import app.hallway.leaders.scoring.LeaderCriteria;
import app.hallway.leaders.scoring.LeaderGates;
import app.hallway.leaders.scoring.LeaderRankExplanations;
import app.hallway.leaders.scoring.ScoreExplanation;
import app.hallway.platform.People;
import app.hallway.platform.Time;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the opinion-leader report of a period from the interaction log (LEADERS.md): one pass over the
 * daily rollups of the period and of the previous one; objectors dropped with all their edges as they are
 * read; people no longer in the directory dropped; deactivated people kept in the graph for the endorsements
 * they gave but neither ranked nor reported ({@link Population}); departments from group membership; weighted
 * LeaderRank on each period; the leader gates with the bootstrap; for every person ranked, the split of their
 * score by kind, the counts, the stability, the trend against the previous period and the flags for a human;
 * top content for the top 5 %; and whether retention cut the period or its trend's previous period short
 * ({@link RetentionCut}), from what the retention job had deleted by the time of the computation.
 *
 * <p>Memory stays proportional to people and endorsement pairs, never to rollups: the log is folded into
 * per-pair totals while it is read.
 */
public final class ComputeLeaderReport {
    private final InteractionHistory history;
    private final Objections objections;
    private final People people;
    private final LeaderSettings settings;
    private final Time time;
    private final LeaderCriteria criteria;

    public ComputeLeaderReport(InteractionHistory history, Objections objections, People people, LeaderSettings settings,
                               Time time) {
        this(history, objections, people, settings, time, null);
    }

    /** @param criteria the gates' thresholds; null for the standard ones with the configured resamples */
    ComputeLeaderReport(InteractionHistory history, Objections objections, People people, LeaderSettings settings,
                        Time time, LeaderCriteria criteria) {
        this.history = history;
        this.objections = objections;
        this.people = people;
        this.settings = settings;
        this.time = time;
        this.criteria = criteria;
    }

    public ComputedReport compute(Period period, ReportProgress progress) {
        LeaderCriteria gates = criteria != null ? criteria : LeaderCriteria.standard().withResamples(settings.resamples());
        Decay decay = settings.decay();
        boolean countViews = settings.countViews();
        List<String> groups = settings.departmentGroups();
        Set<String> objectors = objections.all();

        LogReading reading = LogReading.read(history, period, decay, objectors, countViews,
                fraction -> progress.at(RunStage.READING, fraction));
        Population population = Population.of(reading.people, people, groups,
                fraction -> progress.at(RunStage.DIRECTORY, fraction));
        progress.at(RunStage.SCORING, 0);
        ScoredPeriod current = ScoredPeriod.of(reading.takeCurrent(), reading.people, population);
        progress.at(RunStage.SCORING, 0.6);
        ScoredPeriod previous = ScoredPeriod.of(reading.takePrevious(), reading.people, population);
        progress.at(RunStage.SCORING, 1);

        int[] gateDepartments = new int[current.people()];
        for (int local = 0; local < gateDepartments.length; local++) {
            gateDepartments[local] = population.gateDepartment(current.globalOf[local]);
        }
        LeaderGates assessed = new LeaderGates(current.endorsements, current.leaderRank, gateDepartments, gates,
                settings.threads(), finished -> progress.at(RunStage.STABILITY, (double) finished / gates.resamples()),
                current.ranked);

        List<PersonStanding> standings = explain(reading, population, current, previous, assessed, progress);
        standings = withTopContent(standings, period, decay, objectors, population, reading, countViews);
        progress.at(RunStage.EXPLAINING, 1);

        Aggregates aggregates = new Aggregates(groups);
        for (PersonStanding person : standings) {
            int local = current.localOf[reading.people.indexOf(person.userKey())];
            aggregates.add(person, population.department(current.globalOf[local]), current.scores().score(local));
        }
        int leaders = (int) standings.stream().filter(PersonStanding::leader).count();
        RetentionCut cut = RetentionCut.of(period, settings.rollupsKept()).orElse(null);
        ReportSummary summary = new ReportSummary(period, time.now(), decay.halfLifeDays(), gates.resamples(), groups,
                current.rankedPeople(), previous.rankedPeople(), leaders, aggregates.everyone(), aggregates.departments(), cut);
        return new ComputedReport(summary, ordered(standings));
    }

    private List<PersonStanding> explain(LogReading reading, Population population, ScoredPeriod current,
                                         ScoredPeriod previous, LeaderGates gates, ReportProgress progress) {
        LeaderRankExplanations explanations = new LeaderRankExplanations(current.endorsements, current.leaderRank);
        ReviewFlags reviewFlags = new ReviewFlags(reading.receivedByWeek, current);
        List<PersonStanding> standings = new ArrayList<>(current.people());
        for (int local = 0; local < current.people(); local++) {
            if (!current.ranked[local]) {
                continue;
            }
            int global = current.globalOf[local];
            LeaderAssessment assessment = gates.assessment(local);
            ScoreExplanation explanation = explanations.explain(local);
            Map<InteractionKind, Double> shares = new EnumMap<>(InteractionKind.class);
            explanation.byKind().forEach((kind, part) -> shares.put(kind, part / explanation.score()));
            Standing now = current.standing(global);
            Standing before = previous.standing(global);
            Set<ReviewFlag> flags = assessment.band() == LeaderBand.OTHER ? Set.of() : reviewFlags.of(local);
            standings.add(new PersonStanding(reading.people.key(global), population.departmentName(global), assessment.band(),
                    assessment.leader(), assessment.failedGates(), assessment.distinctEndorsers(),
                    assessment.endorserDepartments(), assessment.stability(), shares,
                    explanation.baseline() / explanation.score(), now, before, Trend.between(before, now), flags, List.of()));
            if (local % 1024 == 1023) {
                progress.at(RunStage.EXPLAINING, 0.5 * local / current.people());
            }
        }
        return standings;
    }

    private List<PersonStanding> withTopContent(List<PersonStanding> standings, Period period, Decay decay,
                                                Set<String> objectors, Population population, LogReading reading,
                                                boolean countViews) {
        Set<String> top = new HashSet<>();
        for (PersonStanding person : standings) {
            if (person.band() != LeaderBand.OTHER) {
                top.add(person.userKey());
            }
        }
        Map<String, List<ContentShare>> content = TopContent.of(history, period, decay, top,
                key -> !objectors.contains(key) && counts(key, population, reading), countViews);
        if (content.isEmpty()) {
            return standings;
        }
        List<PersonStanding> withContent = new ArrayList<>(standings.size());
        for (PersonStanding person : standings) {
            List<ContentShare> items = content.get(person.userKey());
            withContent.add(items == null ? person : person.withTopContent(items));
        }
        return withContent;
    }

    /** Whether someone met in the detailed log counts: read in the rollups too, and in the directory. */
    private static boolean counts(String key, Population population, LogReading reading) {
        int index = reading.people.find(key);
        return index >= 0 && population.counts(index);
    }

    /** Leaders first, top band first, then by user key; then everyone else by user key. */
    private static List<PersonStanding> ordered(List<PersonStanding> standings) {
        List<PersonStanding> sorted = new ArrayList<>(standings);
        sorted.sort(Comparator.comparing((PersonStanding person) -> !person.leader())
                .thenComparing(person -> person.leader() ? person.band().ordinal() : 0)
                .thenComparing(PersonStanding::userKey));
        return sorted;
    }
}
