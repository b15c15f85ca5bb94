package app.hallway.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where polls and their ballots are kept. One ballot per person per poll (replaced when they vote again);
 * tallies per option and the number of voters are maintained with the ballots, exact under concurrent votes.
 * The voter's key is kept with the ballot of an anonymous poll only so that each person votes once and can
 * change their vote; no reading method returns it for an anonymous poll.
 */
public interface Polls {
    /** The poll of this macro instance, created on first sight; its definition updated when the macro changed. */
    Poll register(long pageId, String macroId, PollDefinition definition);

    Optional<Poll> byInstance(long pageId, String macroId);

    Optional<Poll> byId(long id);

    /** Replaces the voter's ballot with {@code choices}; true when it is their first ballot in this poll. */
    boolean vote(long pollId, String voterKey, List<String> choices, Instant at);

    /** The voter's current choices; empty when they have not voted. */
    List<String> ballot(long pollId, String voterKey);

    /** Votes per option (options nobody chose are absent). */
    Map<String, Integer> tally(long pollId);

    /** Who chose {@code option} (named polls only), earliest first, at most {@code limit}. */
    List<String> votersFor(long pollId, String option, int limit);

    /** Every ballot this person cast, in named and anonymous polls alike (callers decide what to show). */
    List<Ballot> ballotsOf(String voterKey);

    /**
     * Deletes every ballot of this person. Each poll's tallies and number of voters are lowered under the poll's
     * lock, as a vote moves them, so they stay exact while others vote.
     *
     * @return how many ballots were deleted
     */
    int eraseBallotsOf(String voterKey);

    /** Deletes the polls of a page with their ballots and tallies, in one transaction. */
    void deleteOnPage(long pageId);

    /** One person's current choices in one poll, and when they made them. */
    record Ballot(long pollId, List<String> choices, Instant at) {
        public Ballot {
            choices = List.copyOf(choices);
        }
    }
}
