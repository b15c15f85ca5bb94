package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShowFeedbackPanelTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final ShowFeedbackPanel panel = world.feedback.panel();

    @Test
    void showsThePagesReactionsFeedbackAndForm() {
        world.feedback.react().add(world.person("sam"), "42", "👍");
        world.feedback.giveFeedback().give(world.person("sam"), "42", "idea", false);

        FeedbackPanelView view = panel.forPage(Optional.of(world.person("eli")), 42);

        assertTrue(view.isVisible());
        assertEquals("42", view.getContentId());
        assertEquals(1, view.getReactions().count("👍"));
        assertEquals(1, view.getFeedback().getTotal());
        assertTrue(view.isHasFeedback());
        assertTrue(view.isAnonymousAllowed());
        assertEquals(2000, view.getMaxLength());
        assertFalse(view.isHr());
        assertTrue(view.getStatuses().isEmpty());
    }

    @Test
    void hrGetTheStatusMenuInTheirLanguage() {
        FeedbackPanelView view = panel.forPage(Optional.of(world.person("hana")), 42);

        assertTrue(view.isHr());
        assertEquals("under-review", view.getStatuses().get(1).getValue());
        assertEquals("Under review", view.getStatuses().get(1).getLabel());
    }

    @Test
    void nothingShowsToNobodyOrWhereThePanelIsOffOrThePageIsHidden() {
        assertFalse(panel.forPage(Optional.empty(), 42).isVisible());
        assertFalse(panel.forPage(Optional.of(world.person("eli")), 999).isVisible());
        world.hide(42, "sam");
        assertFalse(panel.forPage(Optional.of(world.person("sam")), 42).isVisible());
        world.settings.put(FeedbackSettings.PANEL_SPACE + "NEWS", "off");
        assertFalse(panel.forPage(Optional.of(world.person("eli")), 42).isVisible());
    }

    @Test
    void theFormOffersAnonymityOnlyWhereTheSpaceAllowsIt() {
        world.settings.put(FeedbackSettings.ANONYMOUS_SPACE + "NEWS", "off");

        assertFalse(panel.forPage(Optional.of(world.person("eli")), 42).isAnonymousAllowed());
    }
}
