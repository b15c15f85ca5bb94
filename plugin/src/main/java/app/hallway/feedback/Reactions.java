package app.hallway.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where reactions are kept: at most one of each reaction per person per item, with a maintained count per
 * (item, reaction) that page views read instead of counting rows. Every method is safe to call concurrently
 * from every cluster node; counts stay exact under concurrent toggles.
 */
public interface Reactions {
    /** Adds the person's reaction; adding it again changes nothing. */
    ReactionChange add(Target target, String reaction, String userKey, Instant at);

    /** Removes the person's reaction; removing one that is not there changes nothing. */
    ReactionChange remove(Target target, String reaction, String userKey, Instant at);

    /** Counts per reaction for each of the items (content ids); items without reactions are absent. */
    Map<String, Map<String, Integer>> counts(Collection<String> contentIds);

    /** The reactions this person has given, per item. */
    Map<String, Set<String>> mine(String userKey, Collection<String> contentIds);

    /** Who gave this reaction, oldest first, after the position {@code after} (0 for the start). */
    List<Reactor> who(String contentId, String reaction, long after, int limit);

    /** Forgets every reaction on an item (a withdrawn feedback item). */
    void removeAll(String contentId);

    /**
     * Forgets every reaction stored with this page: on the page itself, on its announcements and on its feedback
     * items (a reaction is kept with the id of the page its item lives on). For a page removed from Confluence.
     */
    void removeOnPage(long pageId);

    /** Every reaction this person gave, also those taken back (their row stays), oldest first. */
    List<GivenReaction> givenBy(String userKey);

    /**
     * Deletes every reaction of this person. Each count is lowered under its counter's lock, as a toggle moves
     * it, so counts stay exact while others react.
     *
     * @return how many reactions were deleted (also those taken back)
     */
    int eraseBy(String userKey);

    /**
     * What a toggle did.
     *
     * @param changed   false when the request repeated the current state
     * @param firstTime true when this person gave this reaction to this item for the first time ever, which
     *                  is what the interaction log counts (toggling on and off again is not a new endorsement)
     * @param count     the item's count of this reaction afterwards
     */
    record ReactionChange(boolean changed, boolean firstTime, int count) {
    }

    /**
     * One reaction a person gave.
     *
     * @param active false when they took it back
     */
    record GivenReaction(String contentId, String reaction, Instant at, boolean active) {
    }

    /** One person who reacted, with the position to continue after. */
    record Reactor(long position, String userKey) {
    }
}
