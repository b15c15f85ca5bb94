package app.hallway.leaders;

import app.hallway.admin.Roles;
import app.hallway.platform.Contents;
import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The opinion-leader report for HR and administrators (DESIGN.md, "Roles"): the only way in is
 * {@link #forViewer}, which refuses everyone else, so every question below is asked by HR.
 */
public final class ReadLeaderReport {
    /** Aggregates over fewer people than this are suppressed (LEADERS.md, "Privacy"). */
    public static final int MIN_AGGREGATE_PEOPLE = 5;
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private final ReportRuns runs;
    private final RunLeaderReports running;
    private final ReportResults results;
    private final Objections objections;
    private final People people;
    private final Contents contents;
    private final Roles roles;
    private final Texts texts;
    private final Time time;

    public ReadLeaderReport(ReportRuns runs, RunLeaderReports running, ReportResults results, Objections objections,
                            People people, Contents contents, Roles roles, Texts texts, Time time) {
        this.runs = runs;
        this.running = running;
        this.results = results;
        this.objections = objections;
        this.people = people;
        this.contents = contents;
        this.roles = roles;
        this.texts = texts;
        this.time = time;
    }

    /**
     * The report as {@code viewer} may read it.
     *
     * @throws HallwayException 401 for nobody logged in, 403 for anyone neither HR nor an administrator
     */
    public HrLeaderReport forViewer(Optional<Person> viewer) {
        Person person = viewer.orElseThrow(() -> HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in")));
        if (!roles.isHr(person.key())) {
            throw HallwayException.forbidden(texts.get("hallway.leaders.error.hr-only"));
        }
        return new HrLeaderReport(person, runs, running, results, objections, people, contents, texts, time);
    }

    /**
     * The period HR asked for: both ends optional (the end defaults to today, the start to a full scoring window
     * before the end), not in the future, at most the 18-month scoring window long.
     *
     * @return empty when neither end is given: "the latest report, whatever its period"
     * @throws HallwayException 400 naming {@code from} or {@code to}
     */
    public Optional<Period> parsePeriod(String from, String to) {
        if (blank(from) && blank(to)) {
            return Optional.empty();
        }
        return Optional.of(period(from, to));
    }

    /** As {@link #parsePeriod}, with the full window up to today when neither end is given. */
    public Period parsePeriodOrDefault(String from, String to) {
        return parsePeriod(from, to).orElseGet(() -> period(null, null));
    }

    private Period period(String from, String to) {
        LocalDate today = time.today();
        LocalDate end = blank(to) ? today : date("to", to);
        if (end.isAfter(today)) {
            throw HallwayException.invalid("to", texts.get("hallway.leaders.error.period.future"));
        }
        LocalDate windowStart = Period.longestEnding(end).from();
        LocalDate start = blank(from) ? windowStart : date("from", from);
        if (start.isAfter(end)) {
            throw HallwayException.invalid("from", texts.get("hallway.leaders.error.period.order"));
        }
        if (start.isBefore(windowStart)) {
            throw HallwayException.invalid("from", texts.get("hallway.leaders.error.period.too-long"));
        }
        return new Period(start, end);
    }

    private LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw HallwayException.invalid(field, texts.get("hallway.leaders.error.date", field));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
