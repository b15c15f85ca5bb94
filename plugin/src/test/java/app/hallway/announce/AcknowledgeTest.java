package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.HallwayException;
import org.junit.jupiter.api.Test;

class AcknowledgeTest {
    private final AnnounceWorld world = new AnnounceWorld();
    private final Announcement forEngineering = world.publish(world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(5)));

    @Test
    void anAudienceMemberAcknowledgesTheCurrentVersion() {
        AcknowledgementState state = world.acknowledge().acknowledge(forEngineering.id(), key("eli"));

        assertTrue(state.recordedNow());
        assertEquals(1, state.acknowledgement().version());
        assertEquals(Fixtures.NOW, state.acknowledgement().at());
        assertEquals("Acknowledged on Dec 10, 2026", state.label());
    }

    @Test
    void acknowledgingTwiceKeepsTheFirstTime() {
        AcknowledgementState first = world.acknowledge().acknowledge(forEngineering.id(), key("eli"));
        world.now = world.now.plusSeconds(3600);

        AcknowledgementState second = world.acknowledge().acknowledge(forEngineering.id(), key("eli"));

        assertFalse(second.recordedNow());
        assertEquals(first.acknowledgement(), second.acknowledgement());
        assertEquals(1, world.acknowledgements.size());
    }

    @Test
    void anEarlierAcknowledgementStandsThroughEditsUntilHrAsksAgain() {
        world.acknowledge().acknowledge(forEngineering.id(), key("eli"));
        AnnounceWorld.Macro edited = world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(5)).body("<p>Fixed a typo</p>");
        edited.render("eli");

        assertFalse(world.acknowledge().acknowledge(forEngineering.id(), key("eli")).recordedNow());

        world.requireAgain().require(forEngineering.id(), key("hana"), 2);
        AcknowledgementState again = world.acknowledge().acknowledge(forEngineering.id(), key("eli"));
        assertTrue(again.recordedNow());
        assertEquals(2, again.acknowledgement().version());
    }

    @Test
    void peopleOutsideTheAudienceGetNotFound() {
        HallwayException e = assertThrows(HallwayException.class, () -> world.acknowledge().acknowledge(forEngineering.id(), key("sam")));

        assertEquals(HallwayException.Kind.NOT_FOUND, e.kind());
    }

    @Test
    void aPageTheViewerCannotSeeIsNotFound() {
        world.pages.restrict(42, "hallway-hr");

        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> world.acknowledge().acknowledge(forEngineering.id(), key("eli"))).kind());
    }

    @Test
    void anAnnouncementNotShownYetIsNotFound() {
        Announcement later = world.publish(world.macro().on(42, "m-later", "HR").forGroups("engineering").param("from", "2026-12-20")
                .acknowledgedBy(null));

        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> world.acknowledge().acknowledge(later.id(), key("eli"))).kind());
    }

    @Test
    void anUnknownAnnouncementIsNotFoundAndAnonymousIsNotLoggedIn() {
        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> world.acknowledge().acknowledge(999, key("eli"))).kind());
        assertEquals(HallwayException.Kind.NOT_LOGGED_IN,
                assertThrows(HallwayException.class, () -> world.acknowledge().acknowledge(forEngineering.id(), null)).kind());
    }

    @Test
    void anAnnouncementThatAsksForNoAcknowledgementIsAConflict() {
        Announcement plain = world.publish(world.macro().on(42, "m-plain", "HR"));

        assertEquals(HallwayException.Kind.CONFLICT,
                assertThrows(HallwayException.class, () -> world.acknowledge().acknowledge(plain.id(), key("eli"))).kind());
    }

    @Test
    void inactiveAcknowledgementCannotBeGiven() {
        Announcement byEli = world.publish(world.macro().on(43, "m-eli", "NEWS").forGroups("engineering").acknowledgedBy(null).savedBy("eli"));

        assertEquals(HallwayException.Kind.CONFLICT,
                assertThrows(HallwayException.class, () -> world.acknowledge().acknowledge(byEli.id(), key("ana"))).kind());
    }
}
