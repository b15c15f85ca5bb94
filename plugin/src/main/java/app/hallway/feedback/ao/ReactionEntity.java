package app.hallway.feedback.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person's reaction to one item. The row stays when the reaction is taken back ({@code ACTIVE} false), so
 * giving it again is not a new endorsement. Never leaves {@link AoReactions}.
 */
@Table("REACTION")
public interface ReactionEntity extends Entity {
    /** {@code item|user|reaction}: one column, so the database keeps it unique on every node. */
    @NotNull
    @Unique
    @StringLength(450)
    String getReactionKey();

    void setReactionKey(String key);

    @NotNull
    @Indexed
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getReaction();

    void setReaction(String reaction);

    @NotNull
    boolean isActive();

    void setActive(boolean active);

    @NotNull
    Date getCreated();

    void setCreated(Date created);
}
