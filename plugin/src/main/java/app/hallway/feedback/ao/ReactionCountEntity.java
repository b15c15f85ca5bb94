package app.hallway.feedback.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The maintained count of one reaction on one item, which page views read. Never leaves {@link AoReactions}.
 * A toggle first writes {@code WRITE_LOCK}, which takes this row's lock until it commits, so toggles of the
 * same (item, reaction) run one after another on every node and the recount they store is exact.
 */
@Table("REACTION_COUNT")
public interface ReactionCountEntity extends Entity {
    /** {@code item|reaction}. */
    @NotNull
    @Unique
    @StringLength(450)
    String getCounterKey();

    void setCounterKey(String key);

    @NotNull
    @Indexed
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    String getReaction();

    void setReaction(String reaction);

    @NotNull
    int getReactionCount();

    void setReactionCount(int count);

    long getWriteLock();

    void setWriteLock(long token);
}
