package app.hallway.leaders;

import java.util.List;

/**
 * Everything the opinion-leader report holds about the person asking: whether they object, the interactions
 * recorded with them as actor or target (counts per day and type, counterparts never named), and where they
 * stood in the latest report.
 *
 * @param latestReport null when no report has been computed or it does not include the person
 */
public record MyData(String userKey, boolean objected, String objectedAt, List<TypeCount> given,
                     List<TypeCount> received, List<InteractionDay> interactions, MyStanding latestReport) {
    public MyData {
        given = List.copyOf(given);
        received = List.copyOf(received);
        interactions = List.copyOf(interactions);
    }

    /** How many interactions of one type. */
    public record TypeCount(String type, int count) {
    }

    /** One day's count of one type of interaction, given by the person or received by them. */
    public record InteractionDay(String day, String type, String direction, int count) {
        public static final String GIVEN = "given";
        public static final String RECEIVED = "received";
    }

    /** The person's place in the latest report. */
    public record MyStanding(PeriodDates period, String computedAt, String band, boolean leader, int distinctEndorsers,
                             int endorserDepartments, String trend) {
    }
}
