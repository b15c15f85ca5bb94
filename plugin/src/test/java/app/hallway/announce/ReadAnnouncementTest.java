package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.HallwayException;
import org.junit.jupiter.api.Test;

class ReadAnnouncementTest {
    private final AnnounceWorld world = new AnnounceWorld();
    private final Announcement announcement = world.publish(world.macro().forGroups("engineering").acknowledgedBy(TODAY.minusDays(1)));

    @Test
    void theAudienceReadsItWithTheirStateButNoCounts() {
        AnnouncementDetails details = world.read().read(announcement.id(), key("eli"));

        assertTrue(details.acknowledgementRequired());
        assertTrue(details.overdue());
        assertNull(details.acknowledgement());
        assertNull(details.acknowledged());
    }

    @Test
    void hrReadsItWithCountsEvenOutsideTheAudience() {
        world.acknowledge().acknowledge(announcement.id(), key("ana"));

        AnnouncementDetails details = world.read().read(announcement.id(), key("hana"));

        assertEquals(1, details.acknowledged());
    }

    @Test
    void othersGetNotFound() {
        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> world.read().read(announcement.id(), key("sam"))).kind());
    }
}
