package app.hallway.announce.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One acknowledgement. Never leaves {@link AoAcknowledgements}. The composite index serves the count a page
 * view shows ("N of M"): acknowledgements of one announcement from a version on.
 */
@Table("ANNOUNCEMENT_ACK")
@Preload
@Indexes(@Index(name = "ACK_ANNOUNCEMENT_VERSION", methodNames = {"getAnnouncementId", "getAckVersion"}))
public interface AcknowledgementEntity extends Entity {
    /**
     * {@code announcementId/requiredVersion/userKey}: the database's unique constraint is what makes
     * acknowledging exactly-once across threads and nodes.
     */
    @NotNull
    @Unique
    @StringLength(450)
    String getAckKey();

    void setAckKey(String key);

    @NotNull
    long getAnnouncementId();

    void setAnnouncementId(long id);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    int getAckVersion();

    void setAckVersion(int version);

    @NotNull
    int getRequiredVersion();

    void setRequiredVersion(int version);

    @NotNull
    Date getAckedAt();

    void setAckedAt(Date at);
}
