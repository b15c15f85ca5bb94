package app.hallway.announce.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** {@link ReminderEntity} as released before the privacy export needed its user key indexed: for the upgrade test. */
@Table("REMINDER_SENT")
interface ReminderEntityBeforeUserIndex extends Entity {
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

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getSentAt();

    void setSentAt(Date at);
}
