package app.hallway.leaders.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The count of one (actor, target, type) on one UTC day. Never leaves {@link AoInteractions}. */
@Table("INTERACTION_DAY")
public interface InteractionDayEntity extends Entity {
    /** SHA-256 of actor, target, type and day: unique on every node, and short whatever the user keys. */
    @NotNull
    @Unique
    String getRollupKey();

    void setRollupKey(String key);

    @NotNull
    @Indexed
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    @Indexed
    String getTargetKey();

    void setTargetKey(String targetKey);

    @NotNull
    String getInteractionType();

    void setInteractionType(String type);

    /** Days since 1970-01-01 (UTC). */
    @NotNull
    @Indexed
    int getRollupDay();

    void setRollupDay(int epochDay);

    @NotNull
    int getInteractions();

    void setInteractions(int count);

    /** Written first by an increment, to hold the row's lock until it commits. */
    long getWriteLock();

    void setWriteLock(long token);
}
