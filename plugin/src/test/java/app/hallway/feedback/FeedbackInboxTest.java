package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.HallwayException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackInboxTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final FeedbackInbox inbox = world.feedback.inbox();

    private long give(String who, long page, String text, boolean anonymous, Duration ago) {
        world.clock.set(FeedbackWorld.NOW.minus(ago));
        long id = world.feedback.giveFeedback().give(world.person(who), String.valueOf(page), text, anonymous).getId();
        world.clock.set(FeedbackWorld.NOW);
        return id;
    }

    private static List<Long> ids(FeedbackList list) {
        return list.getItems().stream().map(FeedbackCard::getId).toList();
    }

    @Test
    void hrSeeFeedbackAcrossSpacesNewestFirstWithItsPage() {
        world.page(50, "ENG", "Build times", "eli");
        long old = give("sam", 42, "old", false, Duration.ofDays(40));
        long eng = give("sam", 50, "faster CI", false, Duration.ofDays(1));

        FeedbackList all = inbox.list(world.person("hana"), null, null, null, null, null);

        assertEquals(List.of(eng, old), ids(all));
        assertEquals("Build times", all.getItems().get(0).getPageTitle());
        assertEquals("ENG", all.getItems().get(0).getSpaceKey());
    }

    @Test
    void filtersByStatusSpaceAndAge() {
        world.page(50, "ENG", "Build times", "eli");
        long old = give("sam", 42, "old", false, Duration.ofDays(40));
        long recent = give("sam", 42, "recent", false, Duration.ofDays(2));
        long eng = give("sam", 50, "faster CI", false, Duration.ofDays(1));
        world.feedback.answerFeedback().answer(world.person("hana"), recent, "done", "Yes");

        assertEquals(List.of(recent), ids(inbox.list(world.person("hana"), "done", null, null, null, null)));
        assertEquals(List.of(eng), ids(inbox.list(world.person("hana"), null, "ENG", null, null, null)));
        assertEquals(List.of(old), ids(inbox.list(world.person("hana"), null, null, "older", null, null)));
        assertEquals(List.of(eng, recent), ids(inbox.list(world.person("hana"), "", "", "week", null, null)));
    }

    @Test
    void badFiltersAreBadRequestsNamingTheField() {
        assertEquals("status", assertThrows(HallwayException.class, () -> inbox.list(world.person("hana"), "new", null, null, null, null)).field());
        assertEquals("age", assertThrows(HallwayException.class, () -> inbox.list(world.person("hana"), null, null, "year", null, null)).field());
    }

    @Test
    void onlyHrOpenTheInbox() {
        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> inbox.list(world.person("eli"), null, null, null, null, null)).kind());
        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> inbox.csv(world.person("eli"), null, null, null)).kind());
    }

    @Test
    void itemsOnPagesHrCannotSeeStayOut() {
        world.page(60, "ENG", "Secret project", "eli").hide(60, "hana");
        give("eli", 60, "hidden", false, Duration.ofDays(1));
        long visible = give("eli", 42, "visible", false, Duration.ofDays(2));

        assertEquals(List.of(visible), ids(inbox.list(world.person("hana"), null, null, null, null, null)));
    }

    @Test
    void pagesOfTheInboxFollowTheCursor() {
        for (int i = 0; i < 5; i++) {
            give("sam", 42, "n" + i, false, Duration.ofHours(i));
        }
        FeedbackList first = inbox.list(world.person("hana"), null, null, null, 2, null);
        FeedbackList second = inbox.list(world.person("hana"), null, null, null, 2, first.getNextCursor());
        FeedbackList third = inbox.list(world.person("hana"), null, null, null, 2, second.getNextCursor());

        assertEquals(5, ids(first).size() + ids(second).size() + ids(third).size());
        assertEquals(null, third.getNextCursor());
    }

    @Test
    void theCsvHasABomLocalisedHeadersAnonymousAuthorsAndNeutralisedFormulas() {
        give("sam", 42, "=HYPERLINK(\"http://evil\")", false, Duration.ofDays(1));
        give("eli", 42, "quiet, please", true, Duration.ofDays(2));

        String csv = inbox.csv(world.person("hana"), null, null, null);

        assertTrue(csv.startsWith("\uFEFFId,Space,Page,Written,Author,Feedback,Support,Status,Response,Answered by,Answered"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), csv);
        assertTrue(csv.contains(",Anonymous,\"quiet, please\","), csv);
        assertTrue(!csv.contains("eli"), "the anonymous author appears nowhere: " + csv);
    }
}
