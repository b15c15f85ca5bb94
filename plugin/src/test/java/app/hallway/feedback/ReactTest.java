package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.Interaction;
import app.hallway.leaders.InteractionType;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Slice;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactTest {
    private final FeedbackWorld world = new FeedbackWorld();
    private final React react = world.feedback.react();

    private static List<Integer> counts(ReactionBar bar) {
        return bar.getReactions().stream().map(ReactionCount::getCount).toList();
    }

    @Test
    void theBarListsTheDefaultSetInOrderWithMyReactionPressed() {
        react.add(world.person("eli"), "42", "🎉");
        ReactionBar bar = world.feedback.showReactions().of(world.person("eli"), "42");

        assertEquals(List.of("👍", "❤️", "🎉", "💡", "🤔"), bar.getReactions().stream().map(ReactionCount::getReaction).toList());
        assertEquals(List.of(0, 0, 1, 0, 0), counts(bar));
        assertTrue(bar.getReactions().get(2).isMine());
        assertFalse(world.feedback.showReactions().of(world.person("sam"), "42").getReactions().get(2).isMine());
    }

    @Test
    void reactingTwiceCountsOnceAndRemovingTwiceIsHarmless() {
        react.add(world.person("eli"), "42", "👍");
        react.add(world.person("eli"), "42", "👍");
        assertEquals(new ReactionState("42", "👍", 2, true), react.add(world.person("sam"), "42", "👍"));

        react.remove(world.person("eli"), "42", "👍");
        assertEquals(new ReactionState("42", "👍", 1, false), react.remove(world.person("eli"), "42", "👍"));
    }

    @Test
    void aHeartWithoutItsVariationSelectorIsTheSameHeart() {
        ReactionState state = react.add(world.person("eli"), "42", "\u2764");

        assertEquals("❤️", state.reaction(), "stored and answered in the configured spelling");
        assertEquals(1, state.count());
    }

    @Test
    void aReactionOutsideTheSetIsABadRequestNamingTheField() {
        HallwayException e = assertThrows(HallwayException.class, () -> react.add(world.person("eli"), "42", "🍕"));

        assertEquals(HallwayException.Kind.INVALID, e.kind());
        assertEquals("reaction", e.field());
        assertTrue(e.getMessage().contains("👍 ❤️ 🎉 💡 🤔"), e.getMessage());
    }

    @Test
    void theConfiguredSetReplacesTheDefault() {
        world.settings.put(FeedbackSettings.REACTIONS, "🚀,👏");

        assertEquals(1, react.add(world.person("eli"), "42", "🚀").count());
        assertThrows(HallwayException.class, () -> react.add(world.person("eli"), "42", "👍"));
    }

    @Test
    void contentTheViewerCannotSeeIsNotFoundWhateverItIs() {
        world.hide(42, "sam");
        for (String id : List.of("42", "999", "feedback:5", "announcement:77", "not-an-id", "")) {
            HallwayException e = assertThrows(HallwayException.class, () -> react.add(world.person("sam"), id, "👍"), id);
            assertEquals(HallwayException.Kind.NOT_FOUND, e.kind(), id);
        }
    }

    @Test
    void whereThePanelIsOffNobodyReactsToThePage() {
        world.settings.put(FeedbackSettings.PANEL_SPACE + "NEWS", "off");

        HallwayException e = assertThrows(HallwayException.class, () -> react.add(world.person("eli"), "42", "👍"));

        assertEquals(HallwayException.Kind.FORBIDDEN, e.kind());
    }

    @Test
    void aReactionToAPageEndorsesItsCreatorOnce() {
        react.add(world.person("eli"), "42", "👍");
        react.remove(world.person("eli"), "42", "👍");
        react.add(world.person("eli"), "42", "👍");

        assertEquals(List.of(new Interaction("eli", "hana", InteractionType.REACTION, "42", FeedbackWorld.NOW)), world.interactions);
    }

    @Test
    void reactingToYourOwnPageEndorsesNobody() {
        react.add(world.person("hana"), "42", "👍");

        assertTrue(world.interactions.isEmpty());
    }

    @Test
    void announcementsTakeReactionsAndEndorseTheirPagesCreator() {
        world.page(50, "NEWS", "News", "noa").announcement(12, 50);

        ReactionState state = react.add(world.person("eli"), "announcement:12", "💡");

        assertEquals("announcement:12", state.contentId());
        assertEquals(1, world.feedback.showReactions().of(world.person("sam"), "announcement:12").count("💡"));
        assertEquals("noa", world.interactions.get(0).targetKey());
        assertEquals("announcement:12", world.interactions.get(0).contentId());
    }

    @Test
    void announcementsKeepTheirReactionsWhereThePanelIsOff() {
        world.page(50, "NEWS", "News", "noa").announcement(12, 50);
        world.settings.put(FeedbackSettings.PANEL_SPACE + "NEWS", "off");

        assertEquals(1, react.add(world.person("eli"), "announcement:12", "💡").count());
    }

    @Test
    void anAnnouncementForAGroupHasNoReactionsForPeopleOutsideIt() {
        world.page(50, "NEWS", "News", "noa").announcementFor(12, 50, "hana", "engineering");
        react.add(world.person("eli"), "announcement:12", "💡");
        ShowReactions show = world.feedback.showReactions();

        for (Runnable outsider : List.<Runnable>of(
                () -> react.add(world.person("sam"), "announcement:12", "👍"),
                () -> react.remove(world.person("sam"), "announcement:12", "💡"),
                () -> show.of(world.person("sam"), "announcement:12"),
                () -> show.who(world.person("sam"), "announcement:12", "💡", 10, null))) {
            assertEquals(HallwayException.Kind.NOT_FOUND, assertThrows(HallwayException.class, outsider::run).kind());
        }
        assertEquals(1, show.of(world.person("ana"), "announcement:12").count("💡"), "the audience sees it");
        assertEquals(List.of("Eli"), show.who(world.person("hana"), "announcement:12", "💡", 10, null).items(), "HR see it");
        assertEquals(2, react.add(world.person("admin"), "announcement:12", "💡").count(), "administrators are HR");
    }

    @Test
    void anAnnouncementOutsideItsDatesHasNoReactionsExceptForHr() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        world.page(50, "NEWS", "News", "noa")
                .announcementBetween(12, 50, "hana", today.plusDays(1), null)
                .announcementBetween(13, 50, "hana", null, today.minusDays(1))
                .announcementBetween(14, 50, "hana", today, today);

        for (String scheduledOrOver : List.of("announcement:12", "announcement:13")) {
            HallwayException e = assertThrows(HallwayException.class, () -> react.add(world.person("sam"), scheduledOrOver, "👍"));
            assertEquals(HallwayException.Kind.NOT_FOUND, e.kind(), scheduledOrOver);
            assertEquals(1, react.add(world.person("hana"), scheduledOrOver, "👍").count(), "HR see it whatever its dates");
        }
        assertEquals(1, react.add(world.person("sam"), "announcement:14", "👍").count(), "shown today, its first and last day");
    }

    @Test
    void theAudienceAndHrStillNeedToSeeThePage() {
        world.page(50, "NEWS", "News", "noa").announcementFor(12, 50, "hana", "engineering").hide(50, "eli").hide(50, "hana");

        for (String name : List.of("eli", "hana")) {
            HallwayException e = assertThrows(HallwayException.class, () -> react.add(world.person(name), "announcement:12", "👍"));
            assertEquals(HallwayException.Kind.NOT_FOUND, e.kind(), name);
        }
    }

    @Test
    void anAudienceItsPublisherMayNotSetIsEveryone() {
        world.page(50, "NEWS", "News", "noa").announcementFor(12, 50, "eli", "engineering");

        assertEquals(1, react.add(world.person("sam"), "announcement:12", "👍").count(), "eli is not HR: the audience is inactive");
    }

    @Test
    void reactionsToNamedFeedbackEndorseItsAuthorAndToAnonymousFeedbackNobody() {
        FeedbackCard named = world.feedback.giveFeedback().give(world.person("sam"), "42", "Named idea", false);
        FeedbackCard anonymous = world.feedback.giveFeedback().give(world.person("noa"), "42", "Secret idea", true);
        world.interactions.clear();

        react.add(world.person("eli"), named.getContentId(), "👍");
        react.add(world.person("eli"), anonymous.getContentId(), "👍");

        assertEquals(1, world.interactions.size());
        assertEquals("sam", world.interactions.get(0).targetKey());
    }

    @Test
    void whoReactedIsAPagedListOfNames() {
        for (String name : List.of("eli", "sam", "noa", "ana")) {
            react.add(world.person(name), "42", "👍");
        }

        Slice<String> first = world.feedback.showReactions().who(world.person("hana"), "42", "👍", 3, null);
        Slice<String> rest = world.feedback.showReactions().who(world.person("hana"), "42", "👍", 3, first.nextCursor());

        assertEquals(List.of("Eli", "Sam", "Noa"), first.items());
        assertEquals(List.of("Ana"), rest.items());
        assertFalse(rest.hasMore());
    }

    @Test
    void aForgedCursorOrLimitIsABadRequestNamingTheField() {
        ShowReactions show = world.feedback.showReactions();
        assertEquals("cursor", assertThrows(HallwayException.class, () -> show.who(world.person("eli"), "42", "👍", 5, "%%%")).field());
        assertEquals("limit", assertThrows(HallwayException.class, () -> show.who(world.person("eli"), "42", "👍", 0, null)).field());
        assertEquals("limit", assertThrows(HallwayException.class, () -> show.who(world.person("eli"), "42", "👍", 101, null)).field());
    }
}
