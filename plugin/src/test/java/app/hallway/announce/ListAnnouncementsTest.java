package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.hallway.platform.HallwayException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListAnnouncementsTest {
    private final AnnounceWorld world = new AnnounceWorld();

    private Announcement publish(String macroId, long page, String space, int minutesLater, AnnounceWorld.Macro macro) {
        world.now = Fixtures.NOW.plusSeconds(60L * minutesLater);
        return world.publish(macro.on(page, macroId, space).param("title", macroId));
    }

    @Test
    void waitingForMyAcknowledgementThenUrgentThenNewest() {
        publish("old", 42, "HR", 1, world.macro());
        publish("urgent", 42, "HR", 2, world.macro().param("priority", "urgent"));
        publish("ack", 43, "NEWS", 3, world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(3)));
        publish("newest", 43, "NEWS", 4, world.macro());

        assertEquals(List.of("ack", "urgent", "newest", "old"), titles(world.list().forViewer(key("eli"), FeedQuery.everything())));
    }

    @Test
    void acknowledgedAnnouncementsDropBackAmongTheRest() {
        Announcement ack = publish("ack", 43, "NEWS", 1, world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(3)));
        publish("newest", 43, "NEWS", 2, world.macro());
        world.acknowledge().acknowledge(ack.id(), key("eli"));

        List<FeedEntry> feed = world.list().forViewer(key("eli"), FeedQuery.everything());

        assertEquals(List.of("newest", "ack"), titles(feed));
        assertEquals(1, feed.get(1).acknowledgement().version());
    }

    @Test
    void onlyWhatIsAimedAtMeOnPagesICanViewAndShownToday() {
        publish("sales", 42, "HR", 1, world.macro().forGroups("sales"));
        publish("later", 42, "HR", 2, world.macro().param("from", TODAY.plusDays(1).toString()));
        publish("hidden", 43, "NEWS", 3, world.macro());
        publish("mine", 42, "HR", 4, world.macro().forGroups("engineering"));
        world.pages.restrict(43, "hallway-hr");

        assertEquals(List.of("mine"), titles(world.list().forViewer(key("eli"), FeedQuery.everything())));
    }

    @Test
    void anAnnouncementDeletedFromItsPageLeavesTheFeed() {
        publish("kept", 42, "HR", 1, world.macro());
        publish("deleted", 42, "HR", 2, world.macro());
        world.pages.removeMacro(42, "deleted");

        assertEquals(List.of("kept"), titles(world.list().forViewer(key("eli"), FeedQuery.everything())));
    }

    @Test
    void filtersBySpaceAndPriority() {
        publish("hr", 42, "HR", 1, world.macro().param("priority", "important"));
        publish("news", 43, "NEWS", 2, world.macro());

        assertEquals(List.of("news"), titles(world.list().forViewer(key("eli"), new FeedQuery(Set.of("NEWS"), Priority.INFO))));
        assertEquals(List.of("hr"), titles(world.list().forViewer(key("eli"), new FeedQuery(Set.of(), Priority.IMPORTANT))));
    }

    @Test
    void anonymousIsNotLoggedIn() {
        assertEquals(HallwayException.Kind.NOT_LOGGED_IN,
                assertThrows(HallwayException.class, () -> world.list().forViewer(null, FeedQuery.everything())).kind());
    }

    private static List<String> titles(List<FeedEntry> entries) {
        return entries.stream().map(entry -> entry.announcement().title()).toList();
    }
}
