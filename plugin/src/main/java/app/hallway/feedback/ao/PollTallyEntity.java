package app.hallway.feedback.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The maintained number of ballots that include one option of one poll. Never leaves {@link AoPolls}. */
@Table("POLL_TALLY")
public interface PollTallyEntity extends Entity {
    /** {@code pollId|option}. */
    @NotNull
    @Unique
    @StringLength(450)
    String getTallyKey();

    void setTallyKey(String key);

    @NotNull
    @Indexed
    long getPollId();

    void setPollId(long pollId);

    @NotNull
    @StringLength(450)
    String getOptionText();

    void setOptionText(String option);

    @NotNull
    int getVotes();

    void setVotes(int votes);
}
