package app.hallway.announce;

import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import app.hallway.platform.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's rights over their part of the announcements feature: to see it and to have it erased.
 *
 * <p>Acknowledgements are <em>kept</em>: each is the company's record that the person received and confirmed an
 * announcement HR required them to read (HR's report and its CSV are made of them), kept to comply with a legal
 * obligation, which the right to erasure does not override (GDPR Art. 17(3)(b)). The export and the privacy page
 * say so and send the person to HR.
 *
 * <p>The reminder log is operational and is erased, except where it is what stops {@link RemindToAcknowledge} from
 * sending a step twice: the job skips whoever has a reminder logged for the required version, and whoever has
 * acknowledged that version. So an entry goes only when the person's acknowledgement covers its version (or its
 * announcement is gone); the entries of an announcement they have not acknowledged stay until they do. "Closed"
 * announcements are no exception: HR can move an announcement's last day or due date, or ask for acknowledgement
 * again, at any time, and nothing but the log would then keep the job from repeating a reminder.
 */
public final class AnnouncementPrivacy {
    static final String PREFIX = "announcement:";

    private final Announcements announcements;
    private final Acknowledgements acknowledgements;
    private final Reminders reminders;
    private final Contents contents;
    private final Texts texts;

    public AnnouncementPrivacy(Announcements announcements, Acknowledgements acknowledgements, Reminders reminders, Contents contents,
                               Texts texts) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.reminders = reminders;
        this.contents = contents;
        this.texts = texts;
    }

    /** What the feature holds about {@code userKey}. */
    public MyAnnouncements export(String userKey) {
        Sources sources = new Sources(userKey);
        List<MyAnnouncements.Acknowledged> acknowledged = acknowledgements.givenBy(userKey).stream()
                .map(ack -> {
                    Seen seen = sources.seen(ack.announcementId());
                    return new MyAnnouncements.Acknowledged(PREFIX + ack.announcementId(), seen.title(), seen.pageId(), seen.pageTitle(),
                            ack.version(), ack.at().toString());
                })
                .toList();
        List<MyAnnouncements.Reminder> sent = reminders.sentTo(userKey).stream()
                .map(reminder -> {
                    Seen seen = sources.seen(reminder.announcementId());
                    return new MyAnnouncements.Reminder(PREFIX + reminder.announcementId(), seen.title(), seen.pageId(), seen.pageTitle(),
                            reminder.version(), reminder.step().key(), reminder.at().toString());
                })
                .toList();
        return new MyAnnouncements(texts.get("hallway.privacy.announcements.acknowledgements-kept"),
                texts.get("hallway.privacy.announcements.reminders-kept"), acknowledged, sent);
    }

    /**
     * Erases the entries of the person's reminder log that the reminder job will never read again: those of a
     * version their acknowledgement covers (the job skips whoever acknowledged the required version, and required
     * versions only rise) and those of announcements no longer stored. Keeps their acknowledgements and the rest
     * of the log (see the class comment for why).
     *
     * <p>Safe while the job runs: only entries read here, justified by an acknowledgement read before them, are
     * deleted, and the job reads the log before the acknowledgements, so a log entry it misses belongs to an
     * acknowledgement it sees.
     *
     * @return how many reminder log entries were erased
     */
    public int erase(String userKey) {
        Map<Long, Integer> acknowledgedUpTo = new HashMap<>();
        for (Acknowledgement ack : acknowledgements.givenBy(userKey)) {
            acknowledgedUpTo.merge(ack.announcementId(), ack.version(), Math::max);
        }
        Map<Long, Boolean> stored = new HashMap<>();
        List<SentReminder> done = reminders.sentTo(userKey).stream()
                .filter(reminder -> acknowledgedUpTo.getOrDefault(reminder.announcementId(), 0) >= reminder.version()
                        || !stored.computeIfAbsent(reminder.announcementId(), id -> announcements.byId(id).isPresent()))
                .toList();
        return done.isEmpty() ? 0 : reminders.forget(userKey, done);
    }

    /** What the person may still see of an announcement: all null when they can no longer view its page. */
    private record Seen(String title, Long pageId, String pageTitle) {
    }

    /** Each announcement and page looked up once per export. */
    private final class Sources {
        private final String userKey;
        private final Map<Long, Seen> seen = new HashMap<>();

        Sources(String userKey) {
            this.userKey = userKey;
        }

        Seen seen(long announcementId) {
            return seen.computeIfAbsent(announcementId, id -> announcements.byId(id).map(this::seen).orElse(new Seen(null, null, null)));
        }

        private Seen seen(Announcement announcement) {
            long pageId = announcement.contentId();
            if (!contents.canView(userKey, pageId)) {
                return new Seen(null, pageId, null);
            }
            Optional<String> pageTitle = contents.find(pageId).map(ContentRef::title);
            return new Seen(announcement.title(), pageId, pageTitle.orElse(null));
        }
    }
}
