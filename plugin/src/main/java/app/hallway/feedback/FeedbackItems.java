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

    /**
     * What a vote did.
     *
     * @param firstTime true the first time ever this voter supports this item (what the interaction log counts)
     * @param support   the item's support afterwards
     */
    record SupportChange(boolean changed, boolean firstTime, int support) {
    }
}
