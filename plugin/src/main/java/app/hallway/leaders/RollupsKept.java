package app.hallway.leaders;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the retention job has deleted of the daily rollups: none before {@code firstDay} is left, by a run under
 * {@code retentionMonths}. Recorded by {@link PruneInteractionLog} after it deleted, so a report's notice says what
 * is gone rather than what the setting of the day would delete ({@link RetentionCut}). Stored as
 * {@code 2023-11-28;36}.
 *
 * @param firstDay the earliest day whose rollups the log can still hold
 * @param retentionMonths the rollup retention in force when the rollups before {@code firstDay} were deleted
 */
public record RollupsKept(LocalDate firstDay, int retentionMonths) {
    public RollupsKept {
        Objects.requireNonNull(firstDay, "firstDay");
    }

    /**
     * What is kept after a run that kept {@code this}: a run under a longer retention deletes nothing that is
     * already gone, so the later first day stands, with the retention that deleted up to it.
     */
    RollupsKept after(Optional<RollupsKept> before) {
        return before.filter(earlier -> !earlier.firstDay.isBefore(firstDay)).orElse(this);
    }

    String value() {
        return firstDay + ";" + retentionMonths;
    }

    /** Empty for a value that does not parse: nothing is known to be deleted, so no notice rather than a false one. */
    static Optional<RollupsKept> parse(String value) {
        String[] parts = value.strip().split(";", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RollupsKept(LocalDate.parse(parts[0].strip()), Integer.parseInt(parts[1].strip())));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
