package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiveFeedbackTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final GiveFeedback give = world.feedback.giveFeedback();

    @Test
    void namedFeedbackShowsItsAuthorAndEndorsesThePageOwner() {
        FeedbackCard card = give.give(world.person("eli"), "42", "  More plants in the office  ", false);

        assertEquals("More plants in the office", card.getText());
        assertEquals("Eli", card.getAuthorName());
        assertTrue(card.isMine());
        assertFalse(card.isAnonymous());
        assertEquals("open", card.getStatus());
        assertEquals(FeedbackWorld.NOW.toString(), card.getCreated());
        assertEquals(1, world.interactions.size());
        assertEquals(InteractionType.COMMENT, world.interactions.get(0).type());
        assertEquals("hana", world.interactions.get(0).targetKey());
    }

    @Test
    void anonymousFeedbackStoresNoIdentityAnywhereAndOnlyTheDay() {
        FeedbackCard card = give.give(world.person("eli"), "42", "The canteen is too loud", true);

        FeedbackItem stored = world.items.byId(card.getId()).orElseThrow();
        assertNull(stored.authorKey());
        assertEquals(Instant.parse("2026-11-29T00:00:00Z"), stored.created());
        assertFalse(stored.toString().contains("eli"), stored.toString());
        assertTrue(world.interactions.isEmpty(), "no interaction for anonymous feedback");
        assertTrue(card.isAnonymous());
        assertNull(card.getAuthorName());
        assertFalse(card.isMine(), "not even its author can be told apart");
        assertEquals("2026-11-29T00:00:00Z", card.getCreated());
    }

    @Test
    void whereTheSpaceForbidsAnonymousFeedbackItIsRefusedButNamedIsFine() {
        world.settings.put(FeedbackSettings.ANONYMOUS_SPACE + "NEWS", "off");

        HallwayException e = assertThrows(HallwayException.class, () -> give.give(world.person("eli"), "42", "psst", true));

        assertEquals(HallwayException.Kind.FORBIDDEN, e.kind());
        assertEquals("Eli", give.give(world.person("eli"), "42", "said openly", false).getAuthorName());
    }

    @Test
    void theSiteDefaultGovernsSpacesThatHaveNotChosen() {
        world.settings.put(FeedbackSettings.ANONYMOUS_DEFAULT, "off");
        assertThrows(HallwayException.class, () -> give.give(world.person("eli"), "42", "psst", true));

        world.settings.put(FeedbackSettings.ANONYMOUS_SPACE + "NEWS", "on");
        assertTrue(give.give(world.person("eli"), "42", "psst", true).isAnonymous());
    }

    @Test
    void emptyOrOversizedTextIsABadRequestNamingTheField() {
        for (String text : new String[] {null, "", "   \n\t ", "\u0000\u0007"}) {
            HallwayException e = assertThrows(HallwayException.class, () -> give.give(world.person("eli"), "42", text, false));
            assertEquals(HallwayException.Kind.INVALID, e.kind());
            assertEquals("text", e.field());
        }
        HallwayException tooLong = assertThrows(HallwayException.class, () -> give.give(world.person("eli"), "42", "x".repeat(2001), false));
        assertEquals("text", tooLong.field());
        assertTrue(tooLong.getMessage().contains("2,000") && tooLong.getMessage().contains("2,001"), tooLong.getMessage());
    }

    @Test
    void twoThousandCharactersFitAndEmojiCountAsOne() {
        assertEquals(2000, give.give(world.person("eli"), "42", "x".repeat(2000), false).getText().length());
        assertEquals(4000, give.give(world.person("eli"), "42", "😀".repeat(2000), false).getText().length());
    }

    @Test
    void markupStaysTextAndOnlyHttpLinksBecomeLinks() {
        FeedbackCard card = give.give(world.person("eli"), "42",
                "<script>alert(1)</script> see https://example.com/a?b=1. and javascript:alert(1)", false);

        assertEquals("<script>alert(1)</script> see https://example.com/a?b=1. and javascript:alert(1)", card.getText());
        assertEquals(3, card.getTextParts().size());
        assertEquals("<script>alert(1)</script> see ", card.getTextParts().get(0).getText());
        assertEquals("https://example.com/a?b=1", card.getTextParts().get(1).getHref());
        assertFalse(card.getTextParts().get(2).isLink());
    }

    @Test
    void feedbackIsGivenOnPagesOnly() {
        world.page(50, "NEWS", "News", "noa").announcement(12, 50);

        for (String id : List.of("announcement:12", "feedback:1", "999")) {
            assertEquals(HallwayException.Kind.NOT_FOUND,
                    assertThrows(HallwayException.class, () -> give.give(world.person("eli"), id, "x", false)).kind(), id);
        }
    }

    @Test
    void aPageTheViewerCannotSeeIsNotFound() {
        world.hide(42, "sam");

        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> give.give(world.person("sam"), "42", "x", false)).kind());
    }

    @Test
    void whereThePanelIsOffNoFeedbackIsTaken() {
        world.settings.put(FeedbackSettings.PANEL_DEFAULT, "off");

        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> give.give(world.person("eli"), "42", "x", false)).kind());
    }
}
