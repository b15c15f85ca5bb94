package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.Notification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnnouncementPrivacyTest {
    private static final LocalDate DUE = TODAY.plusDays(5);
    private static final String ELI = key("eli");

    private final AnnounceWorld world = new AnnounceWorld();
    private final AnnouncementPrivacy privacy = world.privacy();
    /** "Holidays" on page 42, for engineering, to acknowledge by {@link #DUE}. */
    private final Announcement holidays = world.publish(world.macro().forGroups("engineering").acknowledgedBy(DUE));
    /** "Parking" on page 43, for engineering, to acknowledge by {@link #DUE}, shown until three days after. */
    private final Announcement parking = world.publish(parking(DUE.plusDays(3)));

    private AnnounceWorld.Macro parking(LocalDate until) {
        return world.macro().on(43, "m-2", "NEWS").param("title", "Parking").param("until", until.toString())
                .forGroups("engineering").acknowledgedBy(DUE);
    }

    /** Eli is reminded of both before the due date and acknowledges the holidays only. */
    private void eliIsRemindedOfBothAndAcknowledgesOne() {
        world.advanceTo(DUE.minusDays(1));
        world.remind().run();
        world.acknowledge().acknowledge(holidays.id(), ELI);
        world.outbox.clear();
    }

    private List<String> sentToEli() {
        return world.outbox.stream().filter(n -> n.recipientKey().equals(ELI)).map(Notification::subject).toList();
    }

    @Test
    void theExportListsAcknowledgementsAndRemindersWithTitlesOnlyWhileThePageIsVisible() {
        eliIsRemindedOfBothAndAcknowledgesOne();
        Instant remindedAt = world.now;
        world.pages.restrict(43, "hallway-hr");

        MyAnnouncements mine = privacy.export(ELI);

        assertEquals(List.of(new MyAnnouncements.Acknowledged("announcement:" + holidays.id(), "Holidays", 42L, "Page 42", 1,
                remindedAt.toString())), mine.acknowledgements());
        assertEquals(List.of(
                new MyAnnouncements.Reminder("announcement:" + holidays.id(), "Holidays", 42L, "Page 42", 1, "before-due", remindedAt.toString()),
                new MyAnnouncements.Reminder("announcement:" + parking.id(), null, 43L, null, 1, "before-due", remindedAt.toString())),
                mine.reminders(), "no title of a page they may no longer view");
        assertTrue(mine.acknowledgementsKept().startsWith("Your acknowledgements are kept") && mine.acknowledgementsKept().contains("ask HR"),
                mine.acknowledgementsKept());
        assertTrue(mine.remindersKept().contains("never sends you the same reminder twice"), mine.remindersKept());
        assertEquals(List.of(), privacy.export(key("sam")).reminders(), "sam is not in the audience");
    }

    @Test
    void erasingKeepsAcknowledgementsAndTheRemindersOfWhatIsNotAcknowledgedYet() {
        eliIsRemindedOfBothAndAcknowledgesOne();

        assertEquals(1, privacy.erase(ELI), "the holidays reminder only");

        MyAnnouncements after = privacy.export(ELI);
        assertEquals(1, after.acknowledgements().size());
        assertEquals(List.of("announcement:" + parking.id()), after.reminders().stream().map(MyAnnouncements.Reminder::announcement).toList());
        assertTrue(world.report().report(holidays.id(), key("hana"), null, null).rows().stream()
                .anyMatch(row -> row.person().key().equals(ELI) && row.status() == ReportStatus.ACKNOWLEDGED), "HR's report still has it");
        assertEquals(0, privacy.erase(ELI), "erasing again erases nothing more");
    }

    @Test
    void afterErasingTheJobSendsNoStepTwice() {
        eliIsRemindedOfBothAndAcknowledgesOne();
        privacy.erase(ELI);

        world.advanceTo(DUE.minusDays(1));
        world.remind().run();
        world.advanceTo(DUE.plusDays(1));
        world.remind().run();
        world.remind().run();

        assertEquals(List.of("Overdue: please acknowledge Parking"), sentToEli());
    }

    @Test
    void anAnnouncementThatIsOverKeepsItsRemindersBecauseHrCanExtendIt() {
        eliIsRemindedOfBothAndAcknowledgesOne();
        world.advanceTo(DUE.plusDays(1));
        world.remind().run();
        world.advanceTo(DUE.plusDays(10));
        world.outbox.clear();

        assertEquals(1, privacy.erase(ELI), "the acknowledged holidays' reminder, not parking's, though parking is over");
        world.publish(parking(DUE.plusDays(30)));
        world.remind().run();

        assertEquals(List.of(), sentToEli(), "extending parking reminds nobody again");
        assertEquals(2, privacy.export(ELI).reminders().size());
    }

    @Test
    void whenHrAsksAgainTheNewVersionIsRemindedOnceAndItsOlderRemindersCanGo() {
        eliIsRemindedOfBothAndAcknowledgesOne();
        privacy.erase(ELI);
        world.publish(world.macro().forGroups("engineering").acknowledgedBy(DUE).body("<p>New rules</p>"));
        world.requireAgain().require(holidays.id(), key("hana"), 2);

        world.remind().run();
        world.remind().run();
        world.acknowledge().acknowledge(holidays.id(), ELI);

        assertEquals(List.of("Please acknowledge: Holidays"), sentToEli());
        assertEquals(1, privacy.erase(ELI), "version 2's reminder, covered by the new acknowledgement");
        assertEquals(2, privacy.export(ELI).acknowledgements().size(), "both acknowledgements are kept");
    }

    @Test
    void remindersOfAnAnnouncementNoLongerStoredAreErased() {
        eliIsRemindedOfBothAndAcknowledgesOne();
        world.announcements.removeOnPage(43);

        assertEquals(2, privacy.erase(ELI));

        MyAnnouncements after = privacy.export(ELI);
        assertEquals(List.of(), after.reminders());
    }

    @Test
    void erasingWhileTheReminderJobRunsNeverRemindsTwice() {
        world.advanceTo(DUE.plusDays(1));
        world.remind().run();
        world.outbox.clear();
        world.advanceTo(DUE.plusDays(2));
        // Eli acknowledges and erases between the job's two reads, at the worst moment for either order of them:
        // before it reads the reminder log, or right after it has read the acknowledgements.
        Runnable eliAcknowledgesAndErases = () -> {
            world.acknowledge().acknowledge(holidays.id(), ELI);
            privacy.erase(ELI);
        };
        Interleaving meanwhile = new Interleaving(holidays.id(), eliAcknowledgesAndErases);
        RemindToAcknowledge job = new RemindToAcknowledge(world.announcements, meanwhile.acknowledgements(world.acknowledgements),
                meanwhile.reminders(world.reminders), world.access(), world.directory, world.pages, world.pages, world.directory,
                world.notifier, world.texts, world.settings, world.locks, world.time);

        job.run();

        assertTrue(meanwhile.ran);
        assertEquals(List.of(), sentToEli(), "eli had the overdue reminder already");
    }

    /**
     * Runs {@code work} once, in the middle of the reminder job's round for one announcement: before its first
     * read of the reminder log, or right after its first read of the acknowledgements, whichever comes first.
     */
    private static final class Interleaving {
        private final long announcementId;
        private final Runnable work;
        boolean ran;

        Interleaving(long announcementId, Runnable work) {
            this.announcementId = announcementId;
            this.work = work;
        }

        private void once(long announcement) {
            if (announcement == announcementId && !ran) {
                ran = true;
                work.run();
            }
        }

        Reminders reminders(Reminders log) {
            return new Reminders() {
                @Override
                public boolean claim(long announcementId, int version, String userKey, ReminderStep step, Instant at) {
                    return log.claim(announcementId, version, userKey, step, at);
                }

                @Override
                public void release(long announcementId, int version, String userKey, ReminderStep step) {
                    log.release(announcementId, version, userKey, step);
                }

                @Override
                public Set<String> sent(long announcementId, int version, ReminderStep step) {
                    once(announcementId);
                    return log.sent(announcementId, version, step);
                }

                @Override
                public List<SentReminder> sentTo(String userKey) {
                    return log.sentTo(userKey);
                }

                @Override
                public int forget(String userKey, Collection<SentReminder> reminders) {
                    return log.forget(userKey, reminders);
                }

                @Override
                public void removeAll(Collection<Long> announcementIds) {
                    log.removeAll(announcementIds);
                }
            };
        }

        Acknowledgements acknowledgements(Acknowledgements store) {
            return new Acknowledgements() {
                @Override
                public Acknowledgement acknowledge(long announcementId, String userKey, int version, int requiredVersion, Instant at) {
                    return store.acknowledge(announcementId, userKey, version, requiredVersion, at);
                }

                @Override
                public Optional<Acknowledgement> latest(long announcementId, String userKey) {
                    return store.latest(announcementId, userKey);
                }

                @Override
                public int countFrom(long announcementId, int minVersion) {
                    return store.countFrom(announcementId, minVersion);
                }

                @Override
                public Map<String, Acknowledgement> latestByPerson(long announcementId) {
                    Map<String, Acknowledgement> read = store.latestByPerson(announcementId);
                    once(announcementId);
                    return read;
                }

                @Override
                public Map<Long, Acknowledgement> latestOf(String userKey, Collection<Long> announcementIds) {
                    return store.latestOf(userKey, announcementIds);
                }

                @Override
                public List<Acknowledgement> givenBy(String userKey) {
                    return store.givenBy(userKey);
                }

                @Override
                public void removeAll(Collection<Long> announcementIds) {
                    store.removeAll(announcementIds);
                }
            };
        }
    }
}
