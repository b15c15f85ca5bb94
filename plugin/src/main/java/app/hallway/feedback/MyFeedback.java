package app.hallway.feedback;

import java.util.List;

/**
 * What the feedback feature holds about one person, for their export. Times are ISO-8601. A page's title or a
 * poll's question is given only while the person may still view the page (null otherwise).
 *
 * @param anonymous  in plain words, why anonymous feedback and anonymous polls are not listed
 * @param items      the named feedback items they wrote, newest first
 * @param answers    the answers they gave to feedback as HR
 * @param reactions  the reactions they gave; {@code current} false for one they took back
 * @param support    the support votes they gave; {@code current} false for one they took back
 * @param pollVotes  their ballots in named polls
 */
public record MyFeedback(String anonymous, List<Item> items, List<Answer> answers, List<Reaction> reactions,
                         List<Support> support, List<PollVote> pollVotes) {
    public MyFeedback {
        items = List.copyOf(items);
        answers = List.copyOf(answers);
        reactions = List.copyOf(reactions);
        support = List.copyOf(support);
        pollVotes = List.copyOf(pollVotes);
    }

    /** One named feedback item, with HR's answer if there is one. */
    public record Item(String contentId, long pageId, String pageTitle, String text, String status, String created,
                       String edited, String response, String responded, int support) {
    }

    /** One answer given as HR. */
    public record Answer(String contentId, long pageId, String status, String response, String responded) {
    }

    /** One reaction to a page, an announcement or a feedback item ({@code item} is its content id). */
    public record Reaction(String item, String reaction, String at, boolean current) {
    }

    /** One support vote for a feedback item. */
    public record Support(String item, String at, boolean current) {
    }

    /** One ballot in a named poll. */
    public record PollVote(long pollId, long pageId, String question, List<String> choices, String at) {
        public PollVote {
            choices = List.copyOf(choices);
        }
    }
}
