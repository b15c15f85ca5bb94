package app.hallway.leaders;

import java.time.LocalDate;

/** How often {@code actorKey} engaged with {@code targetKey}'s contributions in one way on one day (UTC). */
public record DailyInteraction(String actorKey, String targetKey, InteractionType type, LocalDate day, int count) {
}
