package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.hallway.platform.HallwayException;
import org.junit.jupiter.api.Test;

class RequireAcknowledgementAgainTest {
    private final AnnounceWorld world = new AnnounceWorld();
    private final AnnounceWorld.Macro macro = world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(5));
    private final Announcement announcement = world.publish(macro);

    @Test
    void hrRequiresTheNewVersionAndRepeatingIsHarmless() {
        macro.body("<p>Changed</p>").render("hana");

        assertEquals(2, world.requireAgain().require(announcement.id(), key("hana"), 2).requiredVersion());
        assertEquals(2, world.requireAgain().require(announcement.id(), key("hana"), 2).requiredVersion());
    }

    @Test
    void aVersionOutsideTheRangeNamesTheField() {
        macro.body("<p>Changed</p>").render("hana");

        HallwayException tooNew = assertThrows(HallwayException.class, () -> world.requireAgain().require(announcement.id(), key("hana"), 3));
        world.requireAgain().require(announcement.id(), key("hana"), 2);
        HallwayException lower = assertThrows(HallwayException.class, () -> world.requireAgain().require(announcement.id(), key("hana"), 1));

        assertEquals("version", tooNew.field());
        assertEquals("version", lower.field());
    }

    @Test
    void onlyHrMayAsk() {
        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> world.requireAgain().require(announcement.id(), key("eli"), 1)).kind());
    }
}
