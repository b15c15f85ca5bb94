package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.HallwayException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeFeedbackTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final ChangeFeedback change = world.feedback.changeFeedback();

    private FeedbackCard give(String who, boolean anonymous) {
        return world.feedback.giveFeedback().give(world.person(who), "42", "first words", anonymous);
    }

    @Test
    void theAuthorEditsTheirNamedFeedback() {
        FeedbackCard card = give("eli", false);
        world.clock.set(FeedbackWorld.NOW.plusSeconds(60));

        FeedbackCard edited = change.edit(world.person("eli"), card.getId(), "better words");

        assertEquals("better words", edited.getText());
        assertTrue(edited.isEdited());
    }

    @Test
    void nobodyElseEditsOrWithdrawsIt() {
        FeedbackCard card = give("eli", false);

        for (String other : List.of("sam", "hana", "admin")) {
            assertEquals(HallwayException.Kind.FORBIDDEN,
                    assertThrows(HallwayException.class, () -> change.edit(world.person(other), card.getId(), "x")).kind());
            assertEquals(HallwayException.Kind.FORBIDDEN,
                    assertThrows(HallwayException.class, () -> change.withdraw(world.person(other), card.getId())).kind());
        }
    }

    @Test
    void anonymousFeedbackCannotBeChangedByAnyoneNotEvenItsAuthor() {
        FeedbackCard card = give("eli", true);

        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> change.edit(world.person("eli"), card.getId(), "x")).kind());
    }

    @Test
    void anEditIsCheckedLikeNewFeedback() {
        FeedbackCard card = give("eli", false);

        assertEquals("text", assertThrows(HallwayException.class, () -> change.edit(world.person("eli"), card.getId(), " ")).field());
    }

    @Test
    void withdrawingRemovesTheItemWithItsSupportAndReactions() {
        FeedbackCard card = give("eli", false);
        world.feedback.supportFeedback().support(world.person("sam"), card.getId());
        world.feedback.react().add(world.person("sam"), card.getContentId(), "👍");

        change.withdraw(world.person("eli"), card.getId());

        assertTrue(world.items.byId(card.getId()).isEmpty());
        assertTrue(world.reactions.counts(List.of(card.getContentId())).isEmpty());
        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> change.withdraw(world.person("eli"), card.getId())).kind());
    }
}
