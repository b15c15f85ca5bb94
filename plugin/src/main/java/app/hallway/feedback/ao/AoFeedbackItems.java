package app.hallway.feedback.ao;

import app.hallway.feedback.FeedbackCursor;
import app.hallway.feedback.FeedbackItem;
import app.hallway.feedback.FeedbackItems;
import app.hallway.feedback.FeedbackOrder;
import app.hallway.feedback.FeedbackStatus;
import app.hallway.feedback.InboxFilter;
import app.hallway.feedback.NewFeedbackItem;
import app.hallway.platform.ao.AoRows;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link FeedbackItems} in Active Objects. Ids are random positive numbers below 2^53 (exact in JavaScript).
 * A vote locks its item's row, changes the voter's vote row and moves {@code SUPPORT} by one, reading it after
 * taking the lock, in one transaction: support stays exact under concurrent votes on every node.
 */
@Named
public final class AoFeedbackItems implements FeedbackItems {
    private static final long MAX_ID = (1L << 53) - 1;
    private static final int ID_ATTEMPTS = 5;

    private final ActiveObjects ao;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public AoFeedbackItems(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public FeedbackItem create(NewFeedbackItem item) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            long id = 1 + (random.nextLong() & MAX_ID) % MAX_ID;
            try {
                return ao.executeInTransaction(() -> record(insert(id, item)));
            } catch (RuntimeException collision) {
                // A taken id (about one in 10^15 per item) fails the primary key; draw another.
                last = collision;
            }
        }
        throw last;
    }

    private FeedbackItemEntity insert(long id, NewFeedbackItem item) {
        Map<String, Object> values = new HashMap<>();
        values.put("ID", id);
        values.put("PAGE_ID", item.pageId());
        values.put("SPACE_KEY", item.spaceKey());
        values.put("AUTHOR_KEY", item.authorKey());
        values.put("ITEM_TEXT", item.text());
        values.put("CREATED", Date.from(item.created()));
        values.put("ITEM_STATUS", FeedbackStatus.OPEN.value());
        values.put("SUPPORT", 0);
        values.put("WRITE_LOCK", 0L);
        return ao.create(FeedbackItemEntity.class, values);
    }

    @Override
    public Optional<FeedbackItem> byId(long id) {
        return Optional.ofNullable(ao.executeInTransaction(() -> find(id).map(AoFeedbackItems::record).orElse(null)));
    }

    @Override
    public FeedbackItem edit(long id, String text, Instant at) {
        return ao.executeInTransaction(() -> {
            FeedbackItemEntity entity = find(id).orElseThrow(() -> new IllegalArgumentException("No feedback item " + id));
            entity.setItemText(text);
            entity.setEdited(Date.from(at));
            entity.save();
            return record(entity);
        });
    }

    @Override
    public void delete(long id) {
        ao.executeInTransaction(() -> {
            find(id).ifPresent(entity -> AoRows.lock(entity, entity::setWriteLock));
            ao.deleteWithSQL(FeedbackVoteEntity.class, "ITEM_ID = ?", id);
            ao.deleteWithSQL(FeedbackItemEntity.class, "ID = ?", id);
            return null;
        });
    }

    @Override
    public FeedbackItem answer(long id, FeedbackStatus status, String response, String responderKey, Instant at) {
        return ao.executeInTransaction(() -> {
            FeedbackItemEntity entity = find(id).orElseThrow(() -> new IllegalArgumentException("No feedback item " + id));
            entity.setItemStatus(status.value());
            entity.setResponseText(response);
            entity.setResponderKey(responderKey);
            entity.setResponded(Date.from(at));
            entity.save();
            return record(entity);
        });
    }

    @Override
    public List<FeedbackItem> onPage(long pageId, FeedbackOrder order, FeedbackCursor after, int limit) {
        String column = order == FeedbackOrder.SUPPORT ? "SUPPORT" : "CREATED";
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("PAGE_ID = ?");
        params.add(pageId);
        if (after != null) {
            Object value = order == FeedbackOrder.SUPPORT ? (Object) (int) after.sortValue() : new Date(after.sortValue());
            where.append(" AND (").append(column).append(" < ? OR (").append(column).append(" = ? AND ID > ?))");
            params.add(value);
            params.add(value);
            params.add(after.id());
        }
        return records(Query.select().where(where.toString(), params.toArray()).order(column + " DESC, ID ASC").limit(limit));
    }

    @Override
    public int countOnPage(long pageId) {
        return ao.count(FeedbackItemEntity.class, Query.select().where("PAGE_ID = ?", pageId));
    }

    @Override
    public List<FeedbackItem> inbox(InboxFilter filter, FeedbackCursor after, int limit) {
        List<Object> params = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("ITEM_STATUS = ?");
            params.add(filter.status().value());
        }
        if (filter.spaceKey() != null) {
            conditions.add("SPACE_KEY = ?");
            params.add(filter.spaceKey());
        }
        if (filter.from() != null) {
            conditions.add("CREATED >= ?");
            params.add(Date.from(filter.from()));
        }
        if (filter.before() != null) {
            conditions.add("CREATED < ?");
            params.add(Date.from(filter.before()));
        }
        if (after != null) {
            conditions.add("(CREATED < ? OR (CREATED = ? AND ID > ?))");
            params.add(new Date(after.sortValue()));
            params.add(new Date(after.sortValue()));
            params.add(after.id());
        }
        Query query = Query.select().order("CREATED DESC, ID ASC").limit(limit);
        if (!conditions.isEmpty()) {
            query = query.where(String.join(" AND ", conditions), params.toArray());
        }
        return records(query);
    }

    @Override
    public SupportChange support(long itemId, String voterKey, Instant at) {
        return vote(itemId, voterKey, at, true);
    }

    @Override
    public SupportChange withdrawSupport(long itemId, String voterKey) {
        return vote(itemId, voterKey, Instant.EPOCH, false);
    }

    private SupportChange vote(long itemId, String voterKey, Instant at, boolean on) {
        return ao.executeInTransaction(() -> {
            Optional<FeedbackItemEntity> item = find(itemId);
            if (item.isEmpty()) {
                return new SupportChange(false, false, 0);
            }
            AoRows.lock(item.get(), item.get()::setWriteLock);
            FeedbackItemEntity locked = find(itemId).orElse(null);
            if (locked == null) {
                return new SupportChange(false, false, 0);
            }
            String key = itemId + "|" + voterKey;
            FeedbackVoteEntity[] votes = ao.find(FeedbackVoteEntity.class, Query.select().where("VOTE_KEY = ?", key));
            boolean changed = false;
            boolean first = false;
            if (votes.length == 0 && on) {
                ao.create(FeedbackVoteEntity.class, new DBParam("VOTE_KEY", key), new DBParam("ITEM_ID", itemId),
                        new DBParam("VOTER_KEY", voterKey), new DBParam("ACTIVE", true), new DBParam("CREATED", Date.from(at)));
                changed = true;
                first = true;
            } else if (votes.length > 0 && votes[0].isActive() != on) {
                votes[0].setActive(on);
                votes[0].save();
                changed = true;
            }
            int support = locked.getSupport();
            if (changed) {
                support = Math.max(0, support + (on ? 1 : -1));
                locked.setSupport(support);
                locked.save();
            }
            return new SupportChange(changed, first, support);
        });
    }

    @Override
    public Set<Long> supportedBy(String voterKey, Collection<Long> itemIds) {
        Set<Long> supported = new HashSet<>();
        if (voterKey == null) {
            return supported;
        }
        for (List<Long> chunk : AoRows.chunks(new HashSet<>(itemIds))) {
            List<Object> params = new ArrayList<>();
            params.add(voterKey);
            params.add(true);
            params.addAll(chunk);
            for (FeedbackVoteEntity vote : ao.find(FeedbackVoteEntity.class, Query.select("ID, ITEM_ID")
                    .where("VOTER_KEY = ? AND ACTIVE = ? AND ITEM_ID IN (" + AoRows.placeholders(chunk.size()) + ")", params.toArray()))) {
                supported.add(vote.getItemId());
            }
        }
        return supported;
    }

    @Override
    public List<FeedbackItem> byAuthor(String authorKey) {
        return records(Query.select().where("AUTHOR_KEY = ?", authorKey).order("CREATED DESC, ID ASC"));
    }

    /** Unindexed: only a person's export asks this, rarely, and one column more on every item is not worth it. */
    @Override
    public List<FeedbackItem> answeredBy(String responderKey) {
        return records(Query.select().where("RESPONDER_KEY = ?", responderKey).order("RESPONDED DESC, ID ASC"));
    }

    @Override
    public List<SupportVote> supportGivenBy(String voterKey) {
        List<SupportVote> given = new ArrayList<>();
        for (FeedbackVoteEntity vote : ao.find(FeedbackVoteEntity.class, Query.select("ID, ITEM_ID, ACTIVE, CREATED")
                .where("VOTER_KEY = ?", voterKey).order("ID ASC"))) {
            given.add(new SupportVote(vote.getItemId(), vote.getCreated().toInstant(), vote.isActive()));
        }
        return given;
    }

    /**
     * One transaction per item, taking the item's lock as {@link #support} does before it reads the vote: a
     * person's erasure never holds more than one item's lock, so it cannot deadlock with votes or another erasure.
     */
    @Override
    public int eraseSupportBy(String voterKey) {
        Set<Long> itemIds = new TreeSet<>();
        for (FeedbackVoteEntity vote : ao.find(FeedbackVoteEntity.class, Query.select("ID, ITEM_ID").where("VOTER_KEY = ?", voterKey))) {
            itemIds.add(vote.getItemId());
        }
        int erased = 0;
        for (long itemId : itemIds) {
            erased += ao.executeInTransaction(() -> eraseVote(itemId, voterKey));
        }
        return erased;
    }

    private int eraseVote(long itemId, String voterKey) {
        Optional<FeedbackItemEntity> item = find(itemId);
        item.ifPresent(entity -> AoRows.lock(entity, entity::setWriteLock));
        FeedbackItemEntity locked = item.isPresent() ? find(itemId).orElse(null) : null;
        FeedbackVoteEntity[] votes = ao.find(FeedbackVoteEntity.class,
                Query.select("ID, ACTIVE").where("VOTE_KEY = ?", itemId + "|" + voterKey));
        if (votes.length == 0) {
            return 0;
        }
        boolean counted = votes[0].isActive();
        ao.deleteWithSQL(FeedbackVoteEntity.class, "ID = ?", votes[0].getID());
        if (counted && locked != null) {
            locked.setSupport(Math.max(0, locked.getSupport() - 1));
            locked.save();
        }
        return 1;
    }

    @Override
    public int anonymiseAuthor(String authorKey) {
        return ao.executeInTransaction(() -> {
            FeedbackItemEntity[] named = ao.find(FeedbackItemEntity.class, Query.select().where("AUTHOR_KEY = ?", authorKey));
            for (FeedbackItemEntity item : named) {
                item.setAuthorKey(null);
                item.setCreated(Date.from(item.getCreated().toInstant().truncatedTo(ChronoUnit.DAYS)));
                item.setEdited(null);
                item.save();
            }
            return named.length;
        });
    }

    @Override
    public int forgetResponder(String responderKey) {
        return ao.executeInTransaction(() -> {
            FeedbackItemEntity[] answered = ao.find(FeedbackItemEntity.class, Query.select().where("RESPONDER_KEY = ?", responderKey));
            for (FeedbackItemEntity item : answered) {
                item.setResponderKey(null);
                item.save();
            }
            return answered.length;
        });
    }

    /**
     * Deletes the items first: that takes their row locks, so a vote still running commits before, and the votes
     * deleted next include its row; a vote that comes later finds no item and writes nothing.
     */
    @Override
    public void deleteOnPage(long pageId) {
        ao.executeInTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (FeedbackItemEntity item : ao.find(FeedbackItemEntity.class, Query.select("ID").where("PAGE_ID = ?", pageId))) {
                ids.add(item.getID());
            }
            ao.deleteWithSQL(FeedbackItemEntity.class, "PAGE_ID = ?", pageId);
            for (List<Long> chunk : AoRows.chunks(ids)) {
                ao.deleteWithSQL(FeedbackVoteEntity.class, "ITEM_ID IN (" + AoRows.placeholders(chunk.size()) + ")", chunk.toArray());
            }
            return null;
        });
    }

    private Optional<FeedbackItemEntity> find(long id) {
        FeedbackItemEntity[] found = ao.find(FeedbackItemEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private List<FeedbackItem> records(Query query) {
        List<FeedbackItem> items = new ArrayList<>();
        for (FeedbackItemEntity entity : ao.find(FeedbackItemEntity.class, query)) {
            items.add(record(entity));
        }
        return items;
    }

    private static FeedbackItem record(FeedbackItemEntity e) {
        return new FeedbackItem(e.getID(), e.getPageId(), e.getSpaceKey(), e.getAuthorKey(), e.getItemText(),
                e.getCreated().toInstant(), instant(e.getEdited()),
                FeedbackStatus.fromValue(e.getItemStatus()).orElse(FeedbackStatus.OPEN), e.getResponseText(),
                e.getResponderKey(), instant(e.getResponded()), e.getSupport());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
