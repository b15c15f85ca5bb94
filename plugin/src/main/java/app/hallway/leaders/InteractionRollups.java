package app.hallway.leaders;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The interaction log as the opinion-leader report reads it: daily rollups per (actor, target, type), kept
 * for the report's whole window while raw events are kept only as long as retention allows.
 */
public interface InteractionRollups {
    /** Every rollup of a day in {@code [from, to]}, in no particular order. */
    void forEachDay(LocalDate from, LocalDate to, Consumer<DailyInteraction> each);
}
