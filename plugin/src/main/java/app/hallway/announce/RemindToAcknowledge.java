package app.hallway.announce;

import app.hallway.admin.Settings;
import app.hallway.platform.ClusterLocks;
import app.hallway.platform.Contents;
import app.hallway.platform.Groups;
import app.hallway.platform.Notification;
import app.hallway.platform.Notifier;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminder job: tells audience members who have not acknowledged an announcement, a few days before its
 * due date (setting {@value #DAYS_BEFORE}, default {@value #DEFAULT_DAYS_BEFORE}) and once it is overdue.
 * Runs on one node at a time (cluster lock) and is idempotent across runs, restarts and nodes: each step is
 * claimed in the {@link Reminders} log before its message goes out, per person and required version, so no one
 * gets the same step twice; a message the mail system refused is released for the next run.
 * Cost per run: O(audience) directory and permission reads per announcement awaiting acknowledgement.
 */
public final class RemindToAcknowledge {
    public static final String DAYS_BEFORE = "announcements.reminder-days-before";
    public static final int DEFAULT_DAYS_BEFORE = 3;
    static final String LOCK = "announce.reminders";
    private static final Logger LOG = LoggerFactory.getLogger(RemindToAcknowledge.class);

    private final Announcements announcements;
    private final Acknowledgements acknowledgements;
    private final Reminders reminders;
    private final AnnouncementAccess access;
    private final Directory directory;
    private final Delivery delivery;
    private final Settings settings;
    private final ClusterLocks locks;
    private final Time time;

    public RemindToAcknowledge(Announcements announcements, Acknowledgements acknowledgements, Reminders reminders,
                               AnnouncementAccess access, Groups groups, Contents contents, AnnouncementPages pages, People people,
                               Notifier notifier, Texts texts, Settings settings, ClusterLocks locks, Time time) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.reminders = reminders;
        this.access = access;
        this.directory = new Directory(groups, contents, pages);
        this.delivery = new Delivery(notifier, texts, people);
        this.settings = settings;
        this.locks = locks;
        this.time = time;
    }

    /** Sends what is due now. Returns the number of reminders sent, or -1 when another node is running the job. */
    public int run() {
        AtomicInteger sent = new AtomicInteger();
        boolean ran = locks.runExclusively(LOCK, () -> sent.set(remindAll()));
        return ran ? sent.get() : -1;
    }

    private int remindAll() {
        LocalDate today = time.today();
        int daysBefore = daysBefore();
        AnnouncementAccess access = this.access.forRequest();
        int sent = 0;
        for (Announcement announcement : announcements.awaitingAcknowledgement(today)) {
            ReminderStep step = stepOn(announcement.settings(), today, daysBefore);
            if (step != null && access.rules(announcement).acknowledgementActive() && directory.exists(announcement)) {
                try {
                    sent += remind(announcement, step);
                } catch (RuntimeException e) {
                    // One broken announcement (a deleted group, a failing store) must not stop the others.
                    LOG.warn("Hallway could not send reminders for announcement {}: {}", announcement.id(), e.toString());
                }
            }
        }
        return sent;
    }

    /** The step due today: none before the window or before the announcement is shown, then before-due, then overdue. */
    static ReminderStep stepOn(AnnouncementSettings settings, LocalDate today, int daysBefore) {
        if (settings.due() == null || (settings.from() != null && today.isBefore(settings.from()))) {
            return null;
        }
        if (today.isAfter(settings.due())) {
            return ReminderStep.OVERDUE;
        }
        return today.isBefore(settings.due().minusDays(daysBefore)) ? null : ReminderStep.BEFORE_DUE;
    }

    private int remind(Announcement announcement, ReminderStep step) {
        Audience audience = Audience.of(announcement.settings().audience(), directory.groups());
        if (audience.size() != announcement.audienceSize()) {
            announcements.recordAudienceSize(announcement.id(), audience.size());
        }
        // The log before the acknowledgements: a person's erasure deletes only log entries that an acknowledgement
        // of theirs covers (AnnouncementPrivacy), so an entry missing from this read was deleted after an
        // acknowledgement that the next read sees, and nobody gets a step twice however the two interleave.
        Set<String> alreadySent = reminders.sent(announcement.id(), announcement.requiredVersion(), step);
        Map<String, Acknowledgement> latest = acknowledgements.latestByPerson(announcement.id());
        int sent = 0;
        for (Person person : audience.people().values()) {
            Acknowledgement ack = latest.get(person.key());
            if ((ack != null && ack.counts(announcement)) || alreadySent.contains(person.key())
                    || !directory.canView(person.key(), announcement.contentId())) {
                continue;
            }
            Instant now = time.now();
            if (reminders.claim(announcement.id(), announcement.requiredVersion(), person.key(), step, now)) {
                if (delivery.send(announcement, person, step)) {
                    sent++;
                } else {
                    reminders.release(announcement.id(), announcement.requiredVersion(), person.key(), step);
                }
            }
        }
        return sent;
    }

    private int daysBefore() {
        String value = settings.get(DAYS_BEFORE, String.valueOf(DEFAULT_DAYS_BEFORE)).trim();
        try {
            int days = Integer.parseInt(value);
            return days < 0 ? DEFAULT_DAYS_BEFORE : days;
        } catch (NumberFormatException e) {
            LOG.warn("Hallway setting {} is not a number of days: {}", DAYS_BEFORE, value);
            return DEFAULT_DAYS_BEFORE;
        }
    }

    /** Who is reachable: the directory's groups and the pages people may view. */
    private record Directory(Groups groups, Contents contents, AnnouncementPages pages) {
        /** The page exists and still holds the macro: HR deleting it stops the reminders. */
        boolean exists(Announcement announcement) {
            return pages.stillOn(announcement.contentId(), announcement.macroId());
        }

        boolean canView(String userKey, long contentId) {
            return contents.canView(userKey, contentId);
        }
    }

    /** The reminder message, in the recipient's language, through the notifier. */
    private record Delivery(Notifier notifier, Texts texts, People people) {
        boolean send(Announcement announcement, Person person, ReminderStep step) {
            Locale locale = people.localeOf(person.key());
            String due = DateLabels.of(locale).date(announcement.settings().due());
            String subject = texts.get(locale, "hallway.reminder." + step.key() + ".subject", announcement.title());
            String text = texts.get(locale, "hallway.reminder." + step.key() + ".text", person.displayName(), announcement.title(), due);
            return notifier.send(new Notification(person.key(), subject, text, AnnouncementLinks.page(announcement.contentId())));
        }
    }
}
