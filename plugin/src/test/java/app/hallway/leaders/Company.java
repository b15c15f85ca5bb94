package app.hallway.leaders;

import app.hallway.testing.InMemoryDirectory;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A seeded company of 200 people for report tests: p000–p059 engineering, p060–p099 sales, p100–p139 support,
 * p140–p179 marketing, p180–p189 hr, p190–p199 in no department group. Everyone reacts to a few colleagues in both
 * the period and the one before; a few people stand out, each in one way.
 */
public final class Company {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    public static final Period PERIOD = new Period(LocalDate.of(2026, 6, 1), TODAY);
    public static final Period BEFORE = PERIOD.previous();

    /** Commented on by 30 colleagues of every department now, by three before: a rising leader. */
    public static final String LEA = "p000";
    /** Endorsed broadly before, hardly now. */
    public static final String FADING = "p061";
    /** Commented on by 30 colleagues, all within one week. */
    public static final String BURST = "p100";
    /** p140–p144 comment on each other's pages all the time. */
    public static final String RING = "p140";
    /** Joined this period. */
    public static final String NEWCOMER = "p198";
    /** Takes part in the background only. */
    public static final String QUIET = "p005";
    public static final int PEOPLE = 200;

    private Company() {
    }

    public static String person(int number) {
        return String.format("p%03d", number);
    }

    public static InMemoryDirectory directory() {
        InMemoryDirectory directory = new InMemoryDirectory();
        for (int number = 0; number < PEOPLE; number++) {
            directory.add(person(number), department(number));
        }
        return directory.addNamed("hana", "Hana HR", "hallway-hr").addNamed("admin", "Ada Admin", "confluence-administrators");
    }

    private static String[] department(int number) {
        if (number < 60) {
            return new String[] {"engineering"};
        }
        if (number < 100) {
            return new String[] {"sales"};
        }
        if (number < 140) {
            return new String[] {"support"};
        }
        if (number < 180) {
            return new String[] {"marketing"};
        }
        return number < 190 ? new String[] {"hr"} : new String[0];
    }

    public static InMemoryInteractionHistory log() {
        InMemoryInteractionHistory log = new InMemoryInteractionHistory();
        SplittableRandom random = new SplittableRandom(5);
        for (int number = 0; number < PEOPLE; number++) {
            if (person(number).equals(NEWCOMER)) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                log.rollup(person(number), person(1 + random.nextInt(197)), InteractionType.REACTION, day(PERIOD, random), 1);
                log.rollup(person(number), person(1 + random.nextInt(197)), InteractionType.LIKE, day(BEFORE, random), 1);
            }
        }
        log.rollup(NEWCOMER, person(12), InteractionType.COMMENT, PERIOD.to().minusDays(3), 1);
        log.rollup(person(13), NEWCOMER, InteractionType.LIKE, PERIOD.to().minusDays(2), 1);
        for (int k = 0; k < 30; k++) {
            String endorser = person(3 + k * 6);
            String content = k < 14 ? "1001" : k < 22 ? "1002" : k < 27 ? "1003" : "1004";
            log.interaction(endorser, LEA, InteractionType.COMMENT, content, day(PERIOD, random));
        }
        for (int k = 0; k < 3; k++) {
            log.rollup(person(40 + k), LEA, InteractionType.LIKE, day(BEFORE, random), 1);
        }
        for (int k = 0; k < 30; k++) {
            log.rollup(person(1 + k * 6), FADING, InteractionType.COMMENT, day(BEFORE, random), 2);
        }
        log.rollup(person(2), FADING, InteractionType.LIKE, day(PERIOD, random), 1);
        LocalDate burstWeek = LocalDate.of(2026, 9, 7);
        for (int k = 0; k < 30; k++) {
            log.rollup(person(2 + k * 6), BURST, InteractionType.COMMENT, burstWeek.plusDays(k % 5), 1);
        }
        for (int a = 140; a <= 144; a++) {
            for (int b = 140; b <= 144; b++) {
                if (a != b) {
                    log.rollup(person(a), person(b), InteractionType.COMMENT, day(PERIOD, random), 20);
                }
            }
        }
        return log;
    }

    private static LocalDate day(Period period, SplittableRandom random) {
        return period.from().plusDays(random.nextInt(period.days()));
    }
}
