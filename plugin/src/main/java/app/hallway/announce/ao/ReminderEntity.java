package app.hallway.announce.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One reminder step sent (or being sent) to one person. Never leaves {@link AoReminders}. */
@Table("REMINDER_SENT")
@Preload
public interface ReminderEntity extends Entity {
    /** {@code announcementId/version/step/userKey}: unique, so a step is claimed once across nodes and runs. */
    @NotNull
    @Unique
    @StringLength(450)
    String getReminderKey();

    void setReminderKey(String key);

    @NotNull
    @Indexed
    long getAnnouncementId();

    void setAnnouncementId(long id);

    @NotNull
    int getAckVersion();

    void setAckVersion(int version);

    @NotNull
    String getReminderStep();

    void setReminderStep(String step);

    /** Indexed for a person's privacy export and erasure, which read their entries by it. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getSentAt();

    void setSentAt(Date at);
}
