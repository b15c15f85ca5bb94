package app.hallway.leaders;

/** A period as the REST API writes it: ISO-8601 dates, both ends included. */
public record PeriodDates(String from, String to) {
    public static PeriodDates of(Period period) {
        return new PeriodDates(period.from().toString(), period.to().toString());
    }
}
