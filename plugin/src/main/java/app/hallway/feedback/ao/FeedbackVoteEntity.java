package app.hallway.feedback.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One colleague's support for one feedback item. Kept when taken back ({@code ACTIVE} false), so supporting
 * again is not a new endorsement. Never leaves {@link AoFeedbackItems}.
 */
@Table("FEEDBACK_VOTE")
public interface FeedbackVoteEntity extends Entity {
    /** {@code itemId|voterKey}. */
    @NotNull
    @Unique
    @StringLength(450)
    String getVoteKey();

    void setVoteKey(String key);

    @NotNull
    @Indexed
    long getItemId();

    void setItemId(long itemId);

    @NotNull
    @Indexed
    String getVoterKey();

    void setVoterKey(String voterKey);

    @NotNull
    boolean isActive();

    void setActive(boolean active);

    @NotNull
    Date getCreated();

    void setCreated(Date created);
}
