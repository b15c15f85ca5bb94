package app.hallway.leaders;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The read side of the interaction log, as the opinion-leader report needs it. The log keeps daily rollups
 * (per actor, target, type and day, with a count) for as long as reports need them, and the raw interactions,
 * which name the content, only as long as retention allows.
 *
 * <p>Implementations must read in bounded pages: a large company holds millions of rollups, and the report
 * must run in a fixed amount of memory.
 */
public interface InteractionHistory {
    /** Visits every daily rollup dated within {@code from..to} (inclusive) exactly once, in no particular order. */
    void forEachDailyRollup(LocalDate from, LocalDate to, DailyRollupVisitor visitor);

    /** How many rollups {@link #forEachDailyRollup} would visit; an estimate is enough (it drives a progress bar). */
    long countDailyRollups(LocalDate from, LocalDate to);

    /** Visits the raw interactions dated within {@code from..to} that retention has kept, in no particular order. */
    void forEachRetainedInteraction(LocalDate from, LocalDate to, Consumer<Interaction> visitor);

    /**
     * Receives one daily rollup at a time. The day comes as the log stores it, a number, because the report
     * folds millions of rollups and date objects for each were a measurable part of its time.
     */
    @FunctionalInterface
    interface DailyRollupVisitor {
        /**
         * {@code count} interactions of {@code type} from {@code actorKey} to {@code targetKey} on the UTC day
         * {@code epochDay} (days since 1970-01-01, {@link LocalDate#toEpochDay()}).
         */
        void visit(String actorKey, String targetKey, InteractionType type, int epochDay, int count);
    }
}
