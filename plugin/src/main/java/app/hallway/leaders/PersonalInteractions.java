package app.hallway.leaders;

import java.time.LocalDate;

/**
 * One person's part of the interaction log, for their rights of access and erasure: what they did and what
 * others did with their contributions. Counterparts are never named here: an export is about its requester.
 */
public interface PersonalInteractions {
    /** Visits the daily rollups in which {@code userKey} is the actor or the target. */
    void forEachInvolving(String userKey, PersonalRollupVisitor visitor);

    /** Deletes every rollup and raw interaction in which {@code userKey} is the actor or the target; returns how many. */
    int eraseInvolving(String userKey);

    /** Receives one daily rollup of the person's. */
    @FunctionalInterface
    interface PersonalRollupVisitor {
        /** @param given true when the person acted, false when others engaged with the person's contribution */
        void visit(LocalDate day, InteractionType type, boolean given, int count);
    }
}
