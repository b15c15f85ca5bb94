package app.hallway.feedback.ao;

import app.hallway.feedback.Reactions;
import app.hallway.feedback.Target;
import app.hallway.platform.ao.AoRows;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link Reactions} in Active Objects. A toggle locks the (item, reaction) counter row, changes the person's
 * reaction row and moves the count by one, all in one transaction: concurrent toggles on any node serialise on
 * the counter row, so counts are exact, and a page view reads counters, never reaction rows.
 */
@Named
public final class AoReactions implements Reactions {
    private final ActiveObjects ao;
    /**
     * Counter row ids by {@code item|reaction}, so a toggle goes straight to the lock. Counters are only ever
     * deleted with a withdrawn feedback item or a page removed from Confluence, which no one can react to any
     * more; this node forgets them then.
     */
    private final Map<String, Integer> counterIds = new ConcurrentHashMap<>();

    @Inject
    public AoReactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ReactionChange add(Target target, String reaction, String userKey, Instant at) {
        return toggle(target, reaction, userKey, at, true);
    }

    @Override
    public ReactionChange remove(Target target, String reaction, String userKey, Instant at) {
        return toggle(target, reaction, userKey, at, false);
    }

    private ReactionChange toggle(Target target, String reaction, String userKey, Instant at, boolean on) {
        String counterKey = target.contentId() + "|" + reaction;
        try {
            return toggleOnce(target, counterKey, reaction, userKey, at, on);
        } catch (CounterGone gone) {
            // Another node deleted the counter this node remembered (its item was removed and made again):
            // forget it and go once more, which finds or creates the current one.
            counterIds.remove(counterKey);
            return toggleOnce(target, counterKey, reaction, userKey, at, on);
        }
    }

    private ReactionChange toggleOnce(Target target, String counterKey, String reaction, String userKey, Instant at, boolean on) {
        String item = target.contentId();
        Integer known = counterIds.get(counterKey);
        int counterId = known != null ? known : counterIds.computeIfAbsent(counterKey, key -> AoRows.findOrCreate(ao,
                () -> counter(key), () -> ao.create(ReactionCountEntity.class, new DBParam("COUNTER_KEY", key),
                        new DBParam("ITEM_KEY", item), new DBParam("PAGE_ID", target.pageId()), new DBParam("REACTION", reaction),
                        new DBParam("REACTION_COUNT", 0), new DBParam("WRITE_LOCK", 0L))).getID());
        return ao.executeInTransaction(() -> {
            // Only the id: Active Objects' get() would read and convert every column of the row.
            ReactionCountEntity[] counter = ao.find(ReactionCountEntity.class, Query.select("ID").where("ID = ?", counterId));
            if (counter.length == 0) {
                throw new CounterGone();
            }
            return toggleLocked(counter[0], item, reaction, userKey, target.pageId(), at, on);
        });
    }

    /**
     * Inside a transaction: lock the counter, change the person's row, then move the count by one. Every change
     * of a count happens under its row's lock, so reading it after taking the lock and writing it back is exact,
     * and costs one row whatever the number of reactions (a recount would read them all).
     */
    private ReactionChange toggleLocked(ReactionCountEntity counter, String item, String reaction, String userKey, long pageId,
                                        Instant at, boolean on) {
        AoRows.lock(counter, counter::setWriteLock);
        String key = reactionKey(item, userKey, reaction);
        ReactionEntity[] rows = ao.find(ReactionEntity.class, Query.select("ID, ACTIVE").where("REACTION_KEY = ?", key));
        boolean changed = false;
        boolean first = false;
        if (rows.length == 0 && on) {
            ao.create(ReactionEntity.class, new DBParam("REACTION_KEY", key), new DBParam("ITEM_KEY", item),
                    new DBParam("PAGE_ID", pageId), new DBParam("USER_KEY", userKey), new DBParam("REACTION", reaction),
                    new DBParam("ACTIVE", true), new DBParam("CREATED", Date.from(at)));
            changed = true;
            first = true;
        } else if (rows.length > 0 && rows[0].isActive() != on) {
            rows[0].setActive(on);
            rows[0].save();
            changed = true;
        }
        ReactionCountEntity[] locked = ao.find(ReactionCountEntity.class,
                Query.select("ID, REACTION_COUNT").where("ID = ?", counter.getID()));
        if (locked.length == 0) {
            throw new CounterGone();
        }
        ReactionCountEntity fresh = locked[0];
        int count = fresh.getReactionCount();
        if (changed) {
            count = Math.max(0, count + (on ? 1 : -1));
            fresh.setReactionCount(count);
            fresh.save();
        }
        return new ReactionChange(changed, first, count);
    }

    private ReactionCountEntity counter(String counterKey) {
        ReactionCountEntity[] found = ao.find(ReactionCountEntity.class, Query.select().where("COUNTER_KEY = ?", counterKey));
        return found.length == 0 ? null : found[0];
    }

    @Override
    public Map<String, Map<String, Integer>> counts(Collection<String> contentIds) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (List<String> chunk : AoRows.chunks(new HashSet<>(contentIds))) {
            ReactionCountEntity[] rows = ao.find(ReactionCountEntity.class,
                    Query.select("ID, ITEM_KEY, REACTION, REACTION_COUNT").where("ITEM_KEY IN (" + AoRows.placeholders(chunk.size()) + ")", chunk.toArray()));
            for (ReactionCountEntity row : rows) {
                if (row.getReactionCount() > 0) {
                    counts.computeIfAbsent(row.getItemKey(), k -> new HashMap<>()).put(row.getReaction(), row.getReactionCount());
                }
            }
        }
        return counts;
    }

    @Override
    public Map<String, Set<String>> mine(String userKey, Collection<String> contentIds) {
        Map<String, Set<String>> mine = new HashMap<>();
        if (userKey == null) {
            return mine;
        }
        for (List<String> chunk : AoRows.chunks(new HashSet<>(contentIds))) {
            List<Object> params = new ArrayList<>();
            params.add(userKey);
            params.add(true);
            params.addAll(chunk);
            ReactionEntity[] rows = ao.find(ReactionEntity.class, Query.select("ID, ITEM_KEY, REACTION")
                    .where("USER_KEY = ? AND ACTIVE = ? AND ITEM_KEY IN (" + AoRows.placeholders(chunk.size()) + ")", params.toArray()));
            for (ReactionEntity row : rows) {
                mine.computeIfAbsent(row.getItemKey(), k -> new HashSet<>()).add(row.getReaction());
            }
        }
        return mine;
    }

    @Override
    public List<Reactor> who(String contentId, String reaction, long after, int limit) {
        ReactionEntity[] rows = ao.find(ReactionEntity.class, Query.select("ID, USER_KEY")
                .where("ITEM_KEY = ? AND REACTION = ? AND ACTIVE = ? AND ID > ?", contentId, reaction, true, after)
                .order("ID ASC")
                .limit(limit));
        List<Reactor> reactors = new ArrayList<>();
        for (ReactionEntity row : rows) {
            reactors.add(new Reactor(row.getID(), row.getUserKey()));
        }
        return reactors;
    }

    @Override
    public void removeAll(String contentId) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(ReactionEntity.class, "ITEM_KEY = ?", contentId);
            ao.deleteWithSQL(ReactionCountEntity.class, "ITEM_KEY = ?", contentId);
            return null;
        });
        counterIds.keySet().removeIf(key -> key.startsWith(contentId + "|"));
    }

    /** The remembered counter row no longer exists; thrown before anything was written, so the transaction rolls back clean. */
    private static final class CounterGone extends RuntimeException {
        CounterGone() {
            super(null, null, false, false);
        }
    }

    /**
     * Deletes the page's counters first: that takes their row locks, so a toggle still running commits before,
     * and the reaction rows deleted next include its row.
     */
    @Override
    public void removeOnPage(long pageId) {
        List<String> forgotten = ao.executeInTransaction(() -> {
            List<String> keys = new ArrayList<>();
            for (ReactionCountEntity counter : ao.find(ReactionCountEntity.class,
                    Query.select("ID, COUNTER_KEY").where("PAGE_ID = ?", pageId))) {
                keys.add(counter.getCounterKey());
            }
            ao.deleteWithSQL(ReactionCountEntity.class, "PAGE_ID = ?", pageId);
            ao.deleteWithSQL(ReactionEntity.class, "PAGE_ID = ?", pageId);
            return keys;
        });
        forgotten.forEach(counterIds::remove);
    }

    @Override
    public List<GivenReaction> givenBy(String userKey) {
        List<GivenReaction> given = new ArrayList<>();
        for (ReactionEntity row : ao.find(ReactionEntity.class, Query.select("ID, ITEM_KEY, REACTION, ACTIVE, CREATED")
                .where("USER_KEY = ?", userKey).order("ID ASC"))) {
            given.add(new GivenReaction(row.getItemKey(), row.getReaction(), row.getCreated().toInstant(), row.isActive()));
        }
        return given;
    }

    /**
     * One transaction per (item, reaction), taking the counter's lock before reading the person's row, as a toggle
     * does: an erasure holds one counter at a time, so it cannot deadlock with toggles or another erasure.
     */
    @Override
    public int eraseBy(String userKey) {
        Set<List<String>> given = new LinkedHashSet<>();
        for (ReactionEntity row : ao.find(ReactionEntity.class, Query.select("ID, ITEM_KEY, REACTION")
                .where("USER_KEY = ?", userKey).order("ID ASC"))) {
            given.add(List.of(row.getItemKey(), row.getReaction()));
        }
        int erased = 0;
        for (List<String> itemAndReaction : given) {
            erased += ao.executeInTransaction(() -> eraseLocked(itemAndReaction.get(0), itemAndReaction.get(1), userKey));
        }
        return erased;
    }

    private int eraseLocked(String item, String reaction, String userKey) {
        ReactionCountEntity counter = counter(item + "|" + reaction);
        if (counter != null) {
            AoRows.lock(counter, counter::setWriteLock);
        }
        ReactionEntity[] rows = ao.find(ReactionEntity.class,
                Query.select("ID, ACTIVE").where("REACTION_KEY = ?", reactionKey(item, userKey, reaction)));
        if (rows.length == 0) {
            return 0;
        }
        ao.deleteWithSQL(ReactionEntity.class, "ID = ?", rows[0].getID());
        if (rows[0].isActive() && counter != null) {
            ReactionCountEntity fresh = ao.find(ReactionCountEntity.class,
                    Query.select("ID, REACTION_COUNT").where("ID = ?", counter.getID()))[0];
            fresh.setReactionCount(Math.max(0, fresh.getReactionCount() - 1));
            fresh.save();
        }
        return 1;
    }

    private static String reactionKey(String item, String userKey, String reaction) {
        return item + "|" + userKey + "|" + reaction;
    }
}
