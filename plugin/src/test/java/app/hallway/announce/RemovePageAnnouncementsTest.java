package app.hallway.announce;

import static app.hallway.announce.Fixtures.aRegistration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RemovePageAnnouncementsTest {
    private final AnnounceWorld world = new AnnounceWorld();
    private final RemovePageAnnouncements remove = new RemovePageAnnouncements(world.announcements, world.acknowledgements,
            world.reminders);

    @Test
    void aRemovedPageTakesItsAnnouncementsAcknowledgementsAndRemindersAlong() {
        Announcement gone = world.announcements.register(aRegistration().on(42, "m-1").build());
        Announcement kept = world.announcements.register(aRegistration().on(43, "m-1").build());
        for (Announcement announcement : new Announcement[] {gone, kept}) {
            world.acknowledgements.acknowledge(announcement.id(), "eli", 1, 1, Fixtures.NOW);
            world.reminders.claim(announcement.id(), 1, "sam", ReminderStep.BEFORE_DUE, Fixtures.NOW);
        }

        remove.remove(42);

        assertTrue(world.announcements.byId(gone.id()).isEmpty());
        assertEquals(0, world.acknowledgements.countFrom(gone.id(), 1));
        assertEquals(Set.of(), world.reminders.sent(gone.id(), 1, ReminderStep.BEFORE_DUE));
        assertEquals(kept, world.announcements.byId(kept.id()).orElseThrow());
        assertEquals(1, world.acknowledgements.countFrom(kept.id(), 1));
        assertEquals(Set.of("sam"), world.reminders.sent(kept.id(), 1, ReminderStep.BEFORE_DUE));
    }

    @Test
    void aPageWithoutAnnouncementsIsHarmless() {
        remove.remove(99);

        assertEquals(0, world.announcements.size());
    }
}
