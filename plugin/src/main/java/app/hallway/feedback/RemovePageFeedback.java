package app.hallway.feedback;

/**
 * Forgets what the feedback feature kept about a page or blog post removed from Confluence: its feedback items
 * with their support votes, every reaction stored with the page (on the page, its announcements and its feedback
 * items), and its polls with their ballots and tallies. Each store removes its part in a transaction of its own.
 */
public final class RemovePageFeedback {
    private final FeedbackItems items;
    private final Reactions reactions;
    private final Polls polls;

    RemovePageFeedback(FeedbackItems items, Reactions reactions, Polls polls) {
        this.items = items;
        this.reactions = reactions;
        this.polls = polls;
    }

    public void remove(long pageId) {
        reactions.removeOnPage(pageId);
        items.deleteOnPage(pageId);
        polls.deleteOnPage(pageId);
    }
}
