package app.hallway.leaders.bench;

import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.InteractionKind;
import app.hallway.leaders.scoring.InteractionRollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded synthetic company for the benchmark: departments of power-law sizes, power-law activity
 * (how much each person engages) and power-law attractiveness (how much others engage with what
 * they write), 60 % of interactions within the endorser's department, ages spread over 600 days so
 * that some events fall outside the 18-month window. The events are rolled up per
 * (endorser, endorsed, kind) with {@link Decay#standard()}, as the nightly rollup job would.
 */
final class SyntheticCompany {

    private static final InteractionKind[] KINDS = InteractionKind.values();
    /** Share of each kind among events, in {@link InteractionKind} order. */
    private static final double[] KIND_MIX = {0.12, 0.05, 0.15, 0.10, 0.04, 0.03, 0.06, 0.45};
    private static final double WITHIN_DEPARTMENT = 0.6;
    private static final int MAX_AGE_DAYS = 600;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    final int people;
    final int[] departments;
    final List<InteractionRollup> rollups;

    private SyntheticCompany(int people, int[] departments, List<InteractionRollup> rollups) {
        this.people = people;
        this.departments = departments;
        this.rollups = rollups;
    }

    static SyntheticCompany generate(int people, int events, long seed) {
        Events drawn = events(people, events, seed);
        return new SyntheticCompany(people, drawn.departments(), rollUp(drawn.keys(), people));
    }

    /**
     * The company's events before any rollup: per event one packed key,
     * {@code ((endorser · people + endorsed) · kinds + kind) << 10 | ageDays}, in the order drawn.
     */
    record Events(int people, int departmentCount, int[] departments, long[] keys) {
        static final int AGE_BITS = 10;

        int endorser(long key) {
            return (int) (pair(key) / people);
        }

        int endorsed(long key) {
            return (int) (pair(key) % people);
        }

        InteractionKind kind(long key) {
            return KINDS[(int) ((key >>> AGE_BITS) % KINDS.length)];
        }

        int ageDays(long key) {
            return (int) (key & ((1 << AGE_BITS) - 1));
        }

        private long pair(long key) {
            return (key >>> AGE_BITS) / KINDS.length;
        }
    }

    /** The day the synthetic company's events are aged from. */
    static LocalDate asOf() {
        return AS_OF;
    }

    static Events events(int people, int events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int departmentCount = Math.max(1, people / 400);
        int[] departments = departmentsOfPowerLawSize(people, departmentCount, random);
        double[] activity = paretoSample(people, 1.5, 500, random);
        double[] attraction = paretoSample(people, 1.2, 2_000, random);
        AttractionByDepartment byDepartment = new AttractionByDepartment(departments, departmentCount, attraction);
        double[] activityCumulative = cumulative(activity);
        double[] attractionCumulative = cumulative(attraction);
        double[] kindCumulative = cumulative(KIND_MIX);
        long[] keys = new long[events];
        for (int k = 0; k < events; k++) {
            int endorser = draw(activityCumulative, random);
            int endorsed = random.nextDouble() < WITHIN_DEPARTMENT
                    ? byDepartment.draw(departments[endorser], random)
                    : draw(attractionCumulative, random);
            int kind = draw(kindCumulative, random);
            keys[k] = ((((long) endorser * people + endorsed) * KINDS.length + kind) << 10) | random.nextInt(MAX_AGE_DAYS);
        }
        return new Events(people, departmentCount, departments, keys);
    }

    /** Sorting the packed keys groups the events of one (endorser, endorsed, kind). */
    private static List<InteractionRollup> rollUp(long[] keys, int people) {
        double[] decayByAge = new double[MAX_AGE_DAYS];
        Decay decay = Decay.standard();
        for (int age = 0; age < MAX_AGE_DAYS; age++) {
            decayByAge[age] = decay.weight(AS_OF.minusDays(age), AS_OF);
        }
        Arrays.sort(keys);
        List<InteractionRollup> rollups = new ArrayList<>(keys.length);
        for (int k = 0; k < keys.length; ) {
            long group = keys[k] >>> 10;
            double decayedCount = 0;
            for (; k < keys.length && keys[k] >>> 10 == group; k++) {
                decayedCount += decayByAge[(int) (keys[k] & 1023)];
            }
            if (decayedCount > 0) {
                long pair = group / KINDS.length;
                rollups.add(new InteractionRollup((int) (pair / people), (int) (pair % people),
                        KINDS[(int) (group % KINDS.length)], decayedCount));
            }
        }
        return rollups;
    }

    private static int[] departmentsOfPowerLawSize(int people, int departmentCount, SplittableRandom random) {
        double[] size = new double[departmentCount];
        Arrays.setAll(size, d -> Math.pow(d + 1, -0.8));
        double[] sizeCumulative = cumulative(size);
        int[] departments = new int[people];
        Arrays.setAll(departments, person -> draw(sizeCumulative, random));
        return departments;
    }

    private static double[] paretoSample(int count, double exponent, double cap, SplittableRandom random) {
        double[] values = new double[count];
        Arrays.setAll(values, i -> Math.min(cap, Math.pow(1 - random.nextDouble(), -1 / exponent)));
        return values;
    }

    static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    static int draw(double[] cumulative, SplittableRandom random) {
        return draw(cumulative, 0, cumulative.length, random.nextDouble());
    }

    /** Index in [from, to) drawn in proportion to the weights whose running sums these are. */
    static int draw(double[] cumulative, int from, int to, double uniform) {
        double before = from == 0 ? 0 : cumulative[from - 1];
        double point = before + uniform * (cumulative[to - 1] - before);
        int found = Arrays.binarySearch(cumulative, from, to, point);
        int index = found >= 0 ? found : -found - 1;
        return Math.min(index, to - 1);
    }

    /** People listed department by department, to draw whom to engage with inside one department. */
    private static final class AttractionByDepartment {
        private final int[] start;
        private final int[] members;
        private final double[] cumulative;

        AttractionByDepartment(int[] departments, int departmentCount, double[] attraction) {
            start = new int[departmentCount + 1];
            for (int department : departments) {
                start[department + 1]++;
            }
            for (int d = 0; d < departmentCount; d++) {
                start[d + 1] += start[d];
            }
            members = new int[departments.length];
            int[] next = Arrays.copyOf(start, departmentCount);
            for (int person = 0; person < departments.length; person++) {
                members[next[departments[person]]++] = person;
            }
            double[] weights = new double[members.length];
            Arrays.setAll(weights, k -> attraction[members[k]]);
            cumulative = cumulative(weights);
        }

        int draw(int department, SplittableRandom random) {
            return members[SyntheticCompany.draw(cumulative, start[department], start[department + 1],
                    random.nextDouble())];
        }
    }
}
