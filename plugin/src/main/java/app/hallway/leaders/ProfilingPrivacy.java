package app.hallway.leaders;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An employee's rights over the opinion-leader report (LEADERS.md, "Privacy"): to see and export what it holds
 * about them, to have it erased, and to object to being profiled, which leaves them out, with all their
 * interactions, of every computation from the next on. Every employee may do this for themselves only.
 */
public final class ProfilingPrivacy {
    private final Objections objections;
    private final PersonalInteractions interactions;
    private final ReportRuns runs;
    private final ReportResults results;
    private final Texts texts;
    private final Time time;

    public ProfilingPrivacy(Objections objections, PersonalInteractions interactions, ReportRuns runs, ReportResults results,
                            Texts texts, Time time) {
        this.objections = objections;
        this.interactions = interactions;
        this.runs = runs;
        this.results = results;
        this.texts = texts;
        this.time = time;
    }

    /** What the report holds about the person asking. */
    public MyData export(Optional<Person> viewer) {
        String me = me(viewer);
        List<MyData.InteractionDay> days = new ArrayList<>();
        Map<InteractionType, Integer> given = new EnumMap<>(InteractionType.class);
        Map<InteractionType, Integer> received = new EnumMap<>(InteractionType.class);
        interactions.forEachInvolving(me, (day, type, isGiven, count) -> {
            days.add(new MyData.InteractionDay(day.toString(), type.name(),
                    isGiven ? MyData.InteractionDay.GIVEN : MyData.InteractionDay.RECEIVED, count));
            (isGiven ? given : received).merge(type, count, Integer::sum);
        });
        days.sort(Comparator.comparing(MyData.InteractionDay::day).thenComparing(MyData.InteractionDay::direction)
                .thenComparing(MyData.InteractionDay::type));
        Optional<java.time.Instant> objectedAt = objections.objectedAt(me);
        return new MyData(me, objectedAt.isPresent(), objectedAt.map(Object::toString).orElse(null), counts(given),
                counts(received), days, standing(me));
    }

    /**
     * Erases the interactions recorded with the person as actor or target and their entry in the cached report.
     * An objection stays: it is what keeps them out of future reports.
     *
     * @return how many interaction records were erased
     */
    public int erase(Optional<Person> viewer) {
        String me = me(viewer);
        int erased = interactions.eraseInvolving(me);
        results.forget(me);
        return erased;
    }

    /** Objects to profiling (true) or withdraws the objection (false); repeating either changes nothing. */
    public boolean setObjection(Optional<Person> viewer, boolean object) {
        String me = me(viewer);
        if (object) {
            objections.object(me, time.now());
        } else {
            objections.withdraw(me);
        }
        return objections.objectedAt(me).isPresent();
    }

    private MyData.MyStanding standing(String me) {
        return runs.latestDone()
                .flatMap(run -> results.summary(run.id()).flatMap(summary -> results.person(run.id(), me)
                        .map(person -> new MyData.MyStanding(PeriodDates.of(summary.period()), summary.computedAt().toString(),
                                person.band().name(), person.leader(), person.distinctEndorsers(),
                                person.endorserDepartments(), person.trend().name()))))
                .orElse(null);
    }

    private static List<MyData.TypeCount> counts(Map<InteractionType, Integer> byType) {
        return byType.entrySet().stream().map(entry -> new MyData.TypeCount(entry.getKey().name(), entry.getValue())).toList();
    }

    private String me(Optional<Person> viewer) {
        return viewer.map(Person::key).orElseThrow(() -> HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in")));
    }
}
