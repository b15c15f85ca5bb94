package app.hallway.leaders;

import app.hallway.leaders.scoring.Decay;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a report covers, both ends included. A report counts the interactions dated within its period,
 * decayed as of its last day; its trend compares with the {@link #previous() previous period} of the same
 * length.
 */
public record Period(LocalDate from, LocalDate to) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " to " + to);
        }
    }

    /**
     * The longest period a report may cover, ending {@code to}: the whole scoring window ({@link Decay#DEFAULT_WINDOW}).
     * Its trend reads the {@link #previous()} period as well, so the log must keep twice as much.
     */
    public static Period longestEnding(LocalDate to) {
        return new Period(to.minus(Decay.DEFAULT_WINDOW).plusDays(1), to);
    }

    /** Number of days, both ends included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public Period previous() {
        LocalDate end = from.minusDays(1);
        return new Period(end.minusDays(days() - 1L), end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return from + "/" + to;
    }
}
