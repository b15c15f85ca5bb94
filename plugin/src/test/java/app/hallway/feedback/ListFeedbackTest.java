package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.hallway.platform.HallwayException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListFeedbackTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final ListFeedback list = world.feedback.listFeedback();
    private final List<Long> ids = new ArrayList<>();

    ListFeedbackTest() {
        for (int i = 0; i < 4; i++) {
            world.clock.set(FeedbackWorld.NOW.plusSeconds(i * 60L));
            ids.add(world.feedback.giveFeedback().give(world.person("eli"), "42", "idea " + i, false).getId());
        }
        for (int v = 0; v < 3; v++) {
            world.feedback.supportFeedback().support(world.person(List.of("sam", "noa", "ana").get(v)), ids.get(1));
        }
        world.feedback.supportFeedback().support(world.person("sam"), ids.get(2));
    }

    private static List<Long> ids(FeedbackList page) {
        return page.getItems().stream().map(FeedbackCard::getId).toList();
    }

    @Test
    void mostSupportedComesFirstByDefault() {
        FeedbackList page = list.list(world.person("sam"), "42", null, null, null);

        assertEquals(List.of(ids.get(1), ids.get(2)), ids(page).subList(0, 2));
        assertEquals(4, page.getTotal());
        assertNull(page.getNextCursor());
        assertEquals(true, page.getItems().get(0).isSupported(), "sam supports it");
    }

    @Test
    void newestComesFirstWhenAsked() {
        assertEquals(List.of(ids.get(3), ids.get(2), ids.get(1), ids.get(0)), ids(list.list(world.person("sam"), "42", "newest", null, null)));
    }

    @Test
    void aCursorContinuesWhereThePageEnded() {
        FeedbackList first = list.list(world.person("sam"), "42", "newest", 3, null);
        FeedbackList second = list.list(world.person("sam"), "42", "newest", 3, first.getNextCursor());

        assertEquals(List.of(ids.get(3), ids.get(2), ids.get(1)), ids(first));
        assertEquals(List.of(ids.get(0)), ids(second));
        assertNull(second.getNextCursor());
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String newestCursor = list.list(world.person("sam"), "42", "newest", 1, null).getNextCursor();

        assertEquals("cursor", assertThrows(HallwayException.class,
                () -> list.list(world.person("sam"), "42", "support", 1, newestCursor)).field());
    }

    @Test
    void anUnknownSortIsABadRequest() {
        assertEquals("sort", assertThrows(HallwayException.class, () -> list.list(world.person("sam"), "42", "oldest", null, null)).field());
    }

    @Test
    void eachItemCarriesItsReactions() {
        world.feedback.react().add(world.person("noa"), "feedback:" + ids.get(0), "🎉");

        FeedbackCard card = list.list(world.person("noa"), "42", "newest", null, null).getItems().get(3);

        assertEquals(1, card.getReactions().count("🎉"));
        assertEquals(true, card.getReactions().getReactions().get(2).isMine());
    }
}
