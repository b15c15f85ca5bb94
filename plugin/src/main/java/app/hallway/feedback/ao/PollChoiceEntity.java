package app.hallway.feedback.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One option in one person's ballot. The voter's key is what makes one ballot per person (and changing it)
 * possible; for anonymous polls no reading method ever returns it. Never leaves {@link AoPolls}.
 */
@Table("POLL_CHOICE")
public interface PollChoiceEntity extends Entity {
    @NotNull
    @Indexed
    long getPollId();

    void setPollId(long pollId);

    @NotNull
    @Indexed
    String getVoterKey();

    void setVoterKey(String voterKey);

    @NotNull
    @StringLength(450)
    String getOptionText();

    void setOptionText(String option);

    @NotNull
    Date getChosen();

    void setChosen(Date chosen);
}
