package app.hallway.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where feedback items and their support votes are kept. Items get random ids (never a sequence, which would
 * tell anonymous items' order among named ones). Support counts are maintained with the votes, exact under
 * concurrent votes from every cluster node.
 */
public interface FeedbackItems {
    FeedbackItem create(NewFeedbackItem item);

    Optional<FeedbackItem> byId(long id);

    FeedbackItem edit(long id, String text, Instant at);

    /** Removes the item and its votes. */
    void delete(long id);

    FeedbackItem answer(long id, FeedbackStatus status, String response, String responderKey, Instant at);

    /** A page's items in {@code order}, after {@code after} (null: from the start). */
    List<FeedbackItem> onPage(long pageId, FeedbackOrder order, FeedbackCursor after, int limit);

    int countOnPage(long pageId);

    /** Items across spaces, newest first, after {@code after} (null: from the start). */
    List<FeedbackItem> inbox(InboxFilter filter, FeedbackCursor after, int limit);

    /** Adds the voter's support; repeating it changes nothing. */
    SupportChange support(long itemId, String voterKey, Instant at);

    /** Takes the voter's support back; repeating it changes nothing. */
    SupportChange withdrawSupport(long itemId, String voterKey);

    /** The items among {@code itemIds} this voter supports. */
    Set<Long> supportedBy(String voterKey, Collection<Long> itemIds);

    /** The named items this person wrote, newest first (for their export; anonymous items have no author). */
    List<FeedbackItem> byAuthor(String authorKey);

    /** The items this person answered as HR, newest first. */
    List<FeedbackItem> answeredBy(String responderKey);

    /** Every support vote this person gave, also those taken back (their row stays), oldest first. */
    List<SupportVote> supportGivenBy(String voterKey);

    /**
     * Deletes every support vote of this person. Each item's support is lowered under the item's lock, as a vote
     * changes it, so support stays exact while others vote.
     *
     * @return how many votes were deleted (also those taken back)
     */
    int eraseSupportBy(String voterKey);

    /**
     * Makes this author's named items as unlinkable as anonymous ones: no author key, the time only the day, no
     * edit time. Text, status, answer and support stay.
     *
     * @return how many items changed
     */
    int anonymiseAuthor(String authorKey);

    /** Removes this person as the responder of the answers they gave; the answers stay. Returns how many. */
    int forgetResponder(String responderKey);

    /** Deletes every item on a page and their support votes, in one transaction. */
    void deleteOnPage(long pageId);

    /**
     * What a vote did.
     *
     * @param firstTime true the first time ever this voter supports this item (what the interaction log counts)
     * @param support   the item's support afterwards
     */
    record SupportChange(boolean changed, boolean firstTime, int support) {
    }

    /**
     * One support vote as stored.
     *
     * @param active false when the voter took it back
     */
    record SupportVote(long itemId, Instant at, boolean active) {
    }
}
