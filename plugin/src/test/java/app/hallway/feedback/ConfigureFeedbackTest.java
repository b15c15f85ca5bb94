package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.HallwayException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigureFeedbackTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final ConfigureFeedback configure = world.feedback.configure();

    @Test
    void theDefaultsAreOnWithTheFiveReactionsAndAMinimumOfFive() {
        FeedbackDefaults defaults = configure.defaults(world.person("admin"));

        assertTrue(defaults.isPanel());
        assertTrue(defaults.isAnonymous());
        assertEquals(List.of("👍", "❤️", "🎉", "💡", "🤔"), defaults.getReactions());
        assertEquals(5, defaults.getPollMinimum());
    }

    @Test
    void administratorsChangeTheDefaults() {
        FeedbackDefaults changed = configure.updateDefaults(world.person("admin"), false, null, "🚀  👏,🙌", 8);

        assertFalse(changed.isPanel());
        assertTrue(changed.isAnonymous(), "unchanged");
        assertEquals(List.of("🚀", "👏", "🙌"), changed.getReactions());
        assertEquals("🚀 👏 🙌", changed.getReactionList());
        assertEquals(8, changed.getPollMinimum());
        assertFalse(world.feedback.panel().forPage(java.util.Optional.of(world.person("eli")), 42).isVisible());
    }

    @Test
    void onlyAdministratorsSeeOrChangeTheDefaults() {
        for (String who : List.of("hana", "eli")) {
            assertEquals(HallwayException.Kind.FORBIDDEN, assertThrows(HallwayException.class, () -> configure.defaults(world.person(who))).kind());
        }
    }

    @Test
    void unusableDefaultsAreBadRequestsNamingTheField() {
        assertEquals("reactions", assertThrows(HallwayException.class,
                () -> configure.updateDefaults(world.person("admin"), null, null, "👍 👍", null)).field());
        assertEquals("reactions", assertThrows(HallwayException.class,
                () -> configure.updateDefaults(world.person("admin"), null, null, " ", null)).field());
        assertEquals("reactions", assertThrows(HallwayException.class,
                () -> configure.updateDefaults(world.person("admin"), null, null, "<script>", null)).field());
        assertEquals("pollMinimum", assertThrows(HallwayException.class,
                () -> configure.updateDefaults(world.person("admin"), null, null, null, 0)).field());
    }

    @Test
    void spaceAdministratorsSwitchTheirSpaceAndCanReturnToTheDefault() {
        SpaceFeedbackSettings off = configure.updateSpace(world.person("hana"), "NEWS", "off", "off");

        assertEquals("off", off.getPanel());
        assertFalse(off.isPanelInEffect());
        assertFalse(off.isAnonymousInEffect());
        assertFalse(world.feedback.panel().forPage(java.util.Optional.of(world.person("eli")), 42).isVisible());

        SpaceFeedbackSettings back = configure.updateSpace(world.person("hana"), "NEWS", "default", null);
        assertEquals("default", back.getPanel());
        assertEquals("off", back.getAnonymous(), "unchanged");
        assertTrue(back.isPanelInEffect());
    }

    @Test
    void onlyThatSpacesAdministratorsChangeIt() {
        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> configure.updateSpace(world.person("eli"), "NEWS", "off", null)).kind());
        assertEquals("off", configure.updateSpace(world.person("admin"), "NEWS", "off", null).getPanel());
        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> configure.space(world.person("admin"), "NOPE")).kind());
        assertEquals("panel", assertThrows(HallwayException.class,
                () -> configure.updateSpace(world.person("hana"), "NEWS", "maybe", null)).field());
    }
}
