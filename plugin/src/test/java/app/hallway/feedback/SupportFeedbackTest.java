package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import org.junit.jupiter.api.Test;

class SupportFeedbackTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final SupportFeedback support = world.feedback.supportFeedback();

    private long item(String who, boolean anonymous) {
        long id = world.feedback.giveFeedback().give(world.person(who), "42", "idea", anonymous).getId();
        world.interactions.clear();
        return id;
    }

    @Test
    void supportCountsDistinctColleagues() {
        long id = item("eli", false);

        support.support(world.person("sam"), id);
        support.support(world.person("sam"), id);
        SupportState state = support.support(world.person("noa"), id);

        assertEquals(new SupportState(id, 2, true), state);
        assertEquals(new SupportState(id, 1, false), support.withdraw(world.person("sam"), id));
        assertEquals(new SupportState(id, 1, false), support.withdraw(world.person("sam"), id));
    }

    @Test
    void nobodySupportsTheirOwnNamedFeedback() {
        long id = item("eli", false);

        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> support.support(world.person("eli"), id)).kind());
    }

    @Test
    void theFirstSupportEndorsesTheNamedAuthorOnce() {
        long id = item("eli", false);

        support.support(world.person("sam"), id);
        support.withdraw(world.person("sam"), id);
        support.support(world.person("sam"), id);

        assertEquals(1, world.interactions.size());
        assertEquals(InteractionType.VOTE, world.interactions.get(0).type());
        assertEquals("eli", world.interactions.get(0).targetKey());
    }

    @Test
    void supportingAnonymousFeedbackEndorsesNobody() {
        long id = item("eli", true);

        assertEquals(1, support.support(world.person("sam"), id).support());
        assertEquals(0, world.interactions.size());
    }

    @Test
    void feedbackOnAPageTheVoterCannotSeeIsNotFound() {
        long id = item("eli", false);
        world.hide(42, "sam");

        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> support.support(world.person("sam"), id)).kind());
        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> support.support(world.person("noa"), 123456789L)).kind());
    }
}
