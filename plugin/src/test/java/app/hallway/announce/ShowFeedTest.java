package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowFeedTest {
    private final AnnounceWorld world = new AnnounceWorld();

    private FeedView feed(String viewer, Map<String, String> parameters) {
        return world.feed().forViewer(new MacroCall(43, "feed-1", "NEWS", parameters, "", "display", key("hana"), key("hana")),
                viewer == null ? null : key(viewer));
    }

    @Test
    void anEmptyFeedSaysSo() {
        FeedView view = feed("eli", Map.of());

        assertTrue(view.isEmpty());
        assertEquals("There are no announcements for you right now. When HR publishes one, it appears here.", view.getEmptyText());
        assertEquals("No announcements in these spaces and at this priority right now.", feed("eli", Map.of("spaces", "ENG")).getEmptyText());
        assertEquals("Log in to see the announcements for you.", feed(null, Map.of()).getEmptyText());
    }

    @Test
    void itemsLinkToTheirPageAndSayWhatIsAsked() {
        world.publish(world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(3)).param("priority", "urgent"));

        FeedItemView item = feed("eli", Map.of()).getItems().get(0);

        assertEquals("Holidays", item.getTitle());
        assertEquals("/wiki/pages/viewpage.action?pageId=42", item.getUrl());
        assertEquals("Offices close on the 24th.", item.getExcerpt());
        assertEquals("Urgent", item.getPriorityLabel());
        assertEquals("HR", item.getSpaceKey());
        assertEquals("Dec 10, 2026", item.getDateLabel());
        assertEquals("Please acknowledge by Dec 13, 2026.", item.getStatusLabel());
        assertTrue(item.isNeedsAcknowledgement());
        assertTrue(item.isUrgent());
    }

    @Test
    void maxLimitsTheItems() {
        for (int i = 0; i < 4; i++) {
            world.publish(world.macro().on(42, "m-" + i, "HR"));
        }

        assertEquals(2, feed("eli", Map.of("max", "2")).getItems().size());
    }

    @Test
    void badParametersAreForTheEditorsOfThePage() {
        Map<String, String> bad = Map.of("max", "lots", "priority", "loud", "spaces", "HR, bad key!");

        FeedView forEditor = feed("eli", bad);
        FeedView forReader = feed("sam", bad);

        assertEquals(List.of("max", "priority", "spaces").size(), forEditor.getProblems().size());
        assertFalse(forEditor.isValid());
        assertTrue(forReader.isValid());
    }
}
