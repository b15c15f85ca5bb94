package app.hallway.leaders;

/** How a person's standing moved from the previous period to this one. */
public enum Trend {
    RISING, STEADY, FALLING,
    /** Not scored in the previous period (no interactions, or not yet with the company). */
    NEW;

    public static Trend between(Standing previous, Standing current) {
        if (previous == Standing.ABSENT) {
            return NEW;
        }
        int before = rankOrder(previous);
        int now = rankOrder(current);
        return now < before ? RISING : now > before ? FALLING : STEADY;
    }

    /** Standings ordered best first, "nobody engaged" and "absent" last. */
    private static int rankOrder(Standing standing) {
        return standing == Standing.ABSENT ? Standing.NO_ENDORSEMENTS.ordinal() : standing.ordinal();
    }
}
