package app.hallway.leaders.ao;

import app.hallway.leaders.InteractionHistory.DailyRollupVisitor;
import app.hallway.leaders.InteractionType;

/**
 * A page of daily rollups as a reader thread read them, from rows or from an archived month: plain arrays, so
 * that the rollups outlive their entities and the visitor runs on another thread.
 */
final class RollupPage implements ParallelPages.Page {
    private final int[] ids;
    private final String[] actors;
    private final String[] targets;
    private final InteractionType[] types;
    private final int[] days;
    private final int[] counts;
    private int size;

    RollupPage(int capacity) {
        ids = new int[capacity];
        actors = new String[capacity];
        targets = new String[capacity];
        types = new InteractionType[capacity];
        days = new int[capacity];
        counts = new int[capacity];
    }

    void add(InteractionDayEntity row) {
        ids[size] = row.getID();
        add(row.getActorKey(), row.getTargetKey(), InteractionType.valueOf(row.getInteractionType()), row.getRollupDay(),
                row.getInteractions());
    }

    /** A rollup of an archive, which has no row id. */
    void add(String actor, String target, InteractionType type, int epochDay, int count) {
        actors[size] = actor;
        targets[size] = target;
        // The consumer looks both keys up in a hash map; String caches its hash, so compute it here, in parallel.
        actor.hashCode();
        target.hashCode();
        types[size] = type;
        days[size] = epochDay;
        counts[size] = count;
        size++;
    }

    void visit(DailyRollupVisitor visitor) {
        for (int row = 0; row < size; row++) {
            visitor.visit(actors[row], targets[row], types[row], days[row], counts[row]);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int lastId() {
        return ids[size - 1];
    }

    @Override
    public boolean full() {
        return size == ids.length;
    }
}
