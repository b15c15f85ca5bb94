package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindToAcknowledgeTest {
    private static final java.time.LocalDate DUE = TODAY.plusDays(5);

    private final AnnounceWorld world = new AnnounceWorld();
    private final Announcement announcement = world.publish(world.macro().forGroups("engineering,sales").acknowledgedBy(DUE));

    @Test
    void nothingIsSentBeforeTheReminderWindow() {
        assertEquals(0, world.remind().run());
        assertTrue(world.outbox.isEmpty());
    }

    @Test
    void aFewDaysBeforeTheDueDateEveryoneWhoHasNotAcknowledgedIsRemindedOnce() {
        world.acknowledge().acknowledge(announcement.id(), key("eli"));
        world.advanceTo(DUE.minusDays(3));

        assertEquals(2, world.remind().run());
        assertEquals(0, world.remind().run(), "the same step never twice");
        world.advanceTo(DUE);
        assertEquals(0, world.remind().run(), "not on the next days of the window either");

        assertEquals(List.of(key("ana"), key("sam")), recipients());
        Notification sam = world.outbox.get(1);
        assertEquals("Please acknowledge: Holidays", sam.subject());
        assertEquals("Hello Sam, HR asks you to read and acknowledge \"Holidays\" by Dec 15, 2026. Open the page and press Acknowledge.",
                sam.text());
        assertEquals("/pages/viewpage.action?pageId=42", sam.link());
    }

    @Test
    void eachPersonReadsTheReminderInTheirLanguage() {
        world.advanceTo(DUE.minusDays(1));
        world.texts = new app.hallway.testing.BundleTexts(java.util.Locale.ENGLISH);

        world.remind().run();

        Notification ana = world.outbox.stream().filter(n -> n.recipientKey().equals(key("ana"))).findFirst().orElseThrow();
        assertEquals("Confirma la lectura: Holidays", ana.subject());
    }

    @Test
    void onceOverdueTheStillMissingGetOneOverdueReminder() {
        world.advanceTo(DUE.minusDays(2));
        world.remind().run();
        world.acknowledge().acknowledge(announcement.id(), key("sam"));
        world.outbox.clear();
        world.advanceTo(DUE.plusDays(1));

        assertEquals(2, world.remind().run());
        assertEquals(0, world.remind().run());
        world.advanceTo(DUE.plusDays(10));
        assertEquals(0, world.remind().run());

        assertEquals(List.of(key("eli"), key("ana")), recipients());
        assertEquals("Overdue: please acknowledge Holidays", world.outbox.get(0).subject());
    }

    @Test
    void askingAgainStartsTheRemindersOverForTheNewVersion() {
        world.advanceTo(DUE.minusDays(1));
        world.remind().run();
        world.macro().forGroups("engineering,sales").acknowledgedBy(DUE).body("<p>New rules</p>").render("hana");
        world.requireAgain().require(announcement.id(), key("hana"), 2);

        assertEquals(3, world.remind().run());
    }

    @Test
    void aMessageTheMailSystemRefusedIsRetriedOnTheNextRun() {
        world.advanceTo(DUE.minusDays(1));
        world.mailWorks = false;
        assertEquals(0, world.remind().run());

        world.mailWorks = true;
        assertEquals(3, world.remind().run());
    }

    @Test
    void whileAnotherNodeRunsTheJobThisOneSendsNothing() {
        world.advanceTo(DUE.minusDays(1));
        world.lockFree = false;

        assertEquals(-1, world.remind().run());
        assertTrue(world.outbox.isEmpty());
    }

    @Test
    void peopleWhoCannotViewThePageAreNotReminded() {
        world.pages.restrict(42, "engineering");
        world.advanceTo(DUE.minusDays(1));

        world.remind().run();

        assertEquals(List.of(key("eli"), key("ana")), recipients());
    }

    @Test
    void theWindowIsASetting() {
        world.settings.put(RemindToAcknowledge.DAYS_BEFORE, "5");
        assertEquals(3, world.remind().run());

        world.settings.put(RemindToAcknowledge.DAYS_BEFORE, "soon");
        assertEquals(ReminderStep.BEFORE_DUE, RemindToAcknowledge.stepOn(announcement.settings(), DUE.minusDays(3), 3));
        assertNull(RemindToAcknowledge.stepOn(announcement.settings(), DUE.minusDays(4), 3));
    }

    @Test
    void inactiveOrNotYetShownAnnouncementsRemindNobody() {
        world.publish(world.macro().on(43, "m-eli", "NEWS").forGroups("support").acknowledgedBy(DUE).savedBy("eli"));
        world.publish(world.macro().on(42, "m-later", "HR").forGroups("support").acknowledgedBy(DUE).param("from", DUE.toString()));
        world.advanceTo(DUE.minusDays(1));

        world.remind().run();

        assertTrue(recipients().stream().noneMatch(key("noa")::equals), recipients().toString());
    }

    @Test
    void anAnnouncementDeletedFromItsPageRemindsNobody() {
        world.pages.removeMacro(42, "m-1");
        world.advanceTo(DUE.minusDays(1));

        assertEquals(0, world.remind().run());
    }

    @Test
    void aDeletedPageRemindsNobody() {
        world.pages.delete(42);
        world.advanceTo(DUE.minusDays(1));

        assertEquals(0, world.remind().run());
    }

    private List<String> recipients() {
        return world.outbox.stream().map(Notification::recipientKey).toList();
    }
}
