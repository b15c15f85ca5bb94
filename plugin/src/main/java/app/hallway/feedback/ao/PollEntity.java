package app.hallway.feedback.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One poll macro instance and its current definition. Never leaves {@link AoPolls}. */
@Table("POLL")
public interface PollEntity extends Entity {
    /** {@code pageId/macroId}: unique in the database, so concurrent first renders agree on one poll. */
    @NotNull
    @Unique
    String getInstanceKey();

    void setInstanceKey(String key);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    String getMacroId();

    void setMacroId(String macroId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getQuestion();

    void setQuestion(String question);

    /** The options, one a line. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getOptions();

    void setOptions(String options);

    @NotNull
    boolean isMultiple();

    void setMultiple(boolean multiple);

    @NotNull
    boolean isAnonymous();

    void setAnonymous(boolean anonymous);

    /** The last day of voting, {@code yyyy-MM-dd}; null when the poll never closes. */
    String getCloses();

    void setCloses(String closes);

    @NotNull
    String getResults();

    void setResults(String results);

    /** How many people have voted, maintained with the ballots. */
    @NotNull
    int getVoters();

    void setVoters(int voters);

    /** Written first by a vote, to hold the row's lock until it commits (see {@link app.hallway.platform.ao.AoRows#lock}). */
    long getWriteLock();

    void setWriteLock(long token);
}
