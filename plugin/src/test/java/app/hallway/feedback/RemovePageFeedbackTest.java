package app.hallway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemovePageFeedbackTest {
    private static final PollDefinition LUNCH = new PollDefinition("Lunch?", List.of("Pizza", "Sushi"), false, false, null,
            PollResults.ALWAYS);

    private final FeedbackWorld world = new FeedbackWorld().page(43, "NEWS", "Canteen", "hana").announcement(12, 42)
            .announcement(13, 43);

    /** Feedback, reactions (on the page, its announcement and the feedback) and a poll with a ballot on a page. */
    private long[] activityOn(long pageId, long announcementId) {
        FeedbackCard item = world.feedback.giveFeedback().give(world.person("eli"), String.valueOf(pageId), "Idea", false);
        world.feedback.supportFeedback().support(world.person("sam"), item.getId());
        for (String contentId : List.of(String.valueOf(pageId), item.getContentId(), "announcement:" + announcementId)) {
            world.feedback.react().add(world.person("sam"), contentId, "👍");
        }
        long poll = world.polls.register(pageId, "poll-1", LUNCH).id();
        world.feedback.voteInPoll().vote(world.person("sam"), poll, List.of("Pizza"));
        return new long[] {item.getId(), poll};
    }

    @Test
    void aRemovedPageLeavesNoFeedbackReactionsOrPollsBehind() {
        long[] gone = activityOn(42, 12);
        long[] kept = activityOn(43, 13);

        world.feedback.removePage().remove(42);

        assertTrue(world.items.byId(gone[0]).isEmpty());
        assertEquals(0, world.items.countOnPage(42));
        assertEquals(Map.of(), world.reactions.counts(List.of("42", "feedback:" + gone[0], "announcement:12")));
        assertTrue(world.polls.byId(gone[1]).isEmpty());
        assertEquals(Map.of(), world.polls.tally(gone[1]));
        assertEquals(List.of(kept[0]), world.items.supportGivenBy("sam").stream().map(FeedbackItems.SupportVote::itemId).toList());
        assertEquals(3, world.reactions.givenBy("sam").size(), "the other page's reactions stay");
        assertEquals(Map.of("Pizza", 1), world.polls.tally(kept[1]));
    }

    @Test
    void removingAPageWithoutFeedbackIsHarmless() {
        long[] kept = activityOn(43, 13);

        world.feedback.removePage().remove(42);

        assertEquals(1, world.items.countOnPage(43));
        assertTrue(world.items.byId(kept[0]).isPresent());
    }
}
