package app.hallway.announce.ao;

import app.hallway.announce.ReminderStep;
import app.hallway.announce.Reminders;
import app.hallway.announce.SentReminder;
import app.hallway.platform.ao.AoRows;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link Reminders} in Active Objects: the unique reminder key is the claim. */
@Named
public final class AoReminders implements Reminders {
    private final ActiveObjects ao;

    @Inject
    public AoReminders(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean claim(long announcementId, int version, String userKey, ReminderStep step, Instant at) {
        String key = key(announcementId, version, userKey, step);
        try {
            ao.executeInTransaction(() -> ao.create(ReminderEntity.class,
                    new DBParam("REMINDER_KEY", key),
                    new DBParam("ANNOUNCEMENT_ID", announcementId),
                    new DBParam("ACK_VERSION", version),
                    new DBParam("REMINDER_STEP", step.key()),
                    new DBParam("USER_KEY", userKey),
                    new DBParam("SENT_AT", Date.from(at))));
            return true;
        } catch (RuntimeException duplicate) {
            boolean claimedBefore = ao.executeInTransaction(() -> ao.count(ReminderEntity.class,
                    Query.select().where("REMINDER_KEY = ?", key)) > 0);
            if (!claimedBefore) {
                throw duplicate;
            }
            return false;
        }
    }

    @Override
    public void release(long announcementId, int version, String userKey, ReminderStep step) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(ReminderEntity.class, "REMINDER_KEY = ?", key(announcementId, version, userKey, step)));
    }

    @Override
    public Set<String> sent(long announcementId, int version, ReminderStep step) {
        Set<String> people = new HashSet<>();
        ao.executeInTransaction(() -> {
            ao.stream(ReminderEntity.class, Query.select("ID, USER_KEY")
                            .where("ANNOUNCEMENT_ID = ? AND ACK_VERSION = ? AND REMINDER_STEP = ?", announcementId, version, step.key()),
                    entity -> people.add(entity.getUserKey()));
            return null;
        });
        return people;
    }

    @Override
    public List<SentReminder> sentTo(String userKey) {
        List<SentReminder> sent = new ArrayList<>();
        ao.executeInTransaction(() -> {
            ao.stream(ReminderEntity.class, Query.select("ID, ANNOUNCEMENT_ID, ACK_VERSION, REMINDER_STEP, SENT_AT")
                            .where("USER_KEY = ?", userKey).order("SENT_AT ASC, ID ASC"),
                    entity -> sent.add(new SentReminder(entity.getAnnouncementId(), entity.getAckVersion(),
                            ReminderStep.ofKey(entity.getReminderStep()), entity.getSentAt().toInstant())));
            return null;
        });
        return sent;
    }

    @Override
    public int forget(String userKey, Collection<SentReminder> reminders) {
        List<String> keys = reminders.stream()
                .map(reminder -> key(reminder.announcementId(), reminder.version(), userKey, reminder.step())).distinct().toList();
        return ao.executeInTransaction(() -> {
            int deleted = 0;
            for (List<String> chunk : AoRows.chunks(keys)) {
                deleted += ao.deleteWithSQL(ReminderEntity.class, "REMINDER_KEY IN (" + AoRows.placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
            return deleted;
        });
    }

    @Override
    public void removeAll(Collection<Long> announcementIds) {
        ao.executeInTransaction(() -> {
            for (List<Long> chunk : AoRows.chunks(announcementIds)) {
                ao.deleteWithSQL(ReminderEntity.class, "ANNOUNCEMENT_ID IN (" + AoRows.placeholders(chunk.size()) + ")", chunk.toArray());
            }
            return null;
        });
    }

    private static String key(long announcementId, int version, String userKey, ReminderStep step) {
        return announcementId + "/" + version + "/" + step.key() + "/" + userKey;
    }
}
