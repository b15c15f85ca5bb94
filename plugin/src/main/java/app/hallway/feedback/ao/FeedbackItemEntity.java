package app.hallway.feedback.ao;

import java.util.Date;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One feedback item. The id is random, not a sequence, and an anonymous item has a null {@code AUTHOR_KEY}
 * and a {@code CREATED} that is only its day: no column links it to a person. Never leaves
 * {@link AoFeedbackItems}.
 */
@Table("FEEDBACK_ITEM")
public interface FeedbackItemEntity extends RawEntity<Long> {
    @PrimaryKey("ID")
    @NotNull
    long getID();

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Null for anonymous feedback. Indexed for a person's export and erasure of their data. */
    @Indexed
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getItemText();

    void setItemText(String text);

    @NotNull
    @Indexed
    Date getCreated();

    void setCreated(Date created);

    Date getEdited();

    void setEdited(Date edited);

    @NotNull
    @Indexed
    String getItemStatus();

    void setItemStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getResponseText();

    void setResponseText(String response);

    String getResponderKey();

    void setResponderKey(String responderKey);

    Date getResponded();

    void setResponded(Date responded);

    /** Distinct colleagues' support, maintained with the votes; indexed for "most supported first". */
    @NotNull
    @Indexed
    int getSupport();

    void setSupport(int support);

    /** Written first by a vote or a withdrawal, to hold the row's lock until it commits (see {@link app.hallway.platform.ao.AoRows#lock}). */
    long getWriteLock();

    void setWriteLock(long token);
}
