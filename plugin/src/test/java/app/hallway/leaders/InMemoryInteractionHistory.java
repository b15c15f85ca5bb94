package app.hallway.leaders;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The interaction log in lists, for use-case tests: daily rollups and the raw interactions retention kept. */
public final class InMemoryInteractionHistory implements InteractionHistory, PersonalInteractions {
    private final List<Rollup> rollups = new ArrayList<>();
    private final List<Interaction> retained = new ArrayList<>();

    record Rollup(String actor, String target, InteractionType type, LocalDate day, int count) {
    }

    InMemoryInteractionHistory rollup(String actor, String target, InteractionType type, LocalDate day, int count) {
        rollups.add(new Rollup(actor, target, type, day, count));
        return this;
    }

    /** A raw interaction kept by retention, and its share of the day's rollup. */
    InMemoryInteractionHistory interaction(String actor, String target, InteractionType type, String contentId, LocalDate day) {
        retained.add(new Interaction(actor, target, type, contentId, day.atTime(12, 0).toInstant(ZoneOffset.UTC)));
        return rollup(actor, target, type, day, 1);
    }

    @Override
    public void forEachDailyRollup(LocalDate from, LocalDate to, DailyRollupVisitor visitor) {
        for (Rollup rollup : rollups) {
            if (!rollup.day().isBefore(from) && !rollup.day().isAfter(to)) {
                visitor.visit(rollup.actor(), rollup.target(), rollup.type(), (int) rollup.day().toEpochDay(), rollup.count());
            }
        }
    }

    @Override
    public long countDailyRollups(LocalDate from, LocalDate to) {
        return rollups.stream().filter(r -> !r.day().isBefore(from) && !r.day().isAfter(to)).count();
    }

    @Override
    public void forEachRetainedInteraction(LocalDate from, LocalDate to, Consumer<Interaction> visitor) {
        for (Interaction interaction : retained) {
            LocalDate day = LocalDate.ofInstant(interaction.at(), ZoneOffset.UTC);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                visitor.accept(interaction);
            }
        }
    }

    @Override
    public void forEachInvolving(String userKey, PersonalRollupVisitor visitor) {
        for (Rollup rollup : rollups) {
            if (rollup.actor().equals(userKey) || rollup.target().equals(userKey)) {
                visitor.visit(rollup.day(), rollup.type(), rollup.actor().equals(userKey), rollup.count());
            }
        }
    }

    @Override
    public int eraseInvolving(String userKey) {
        int before = rollups.size() + retained.size();
        rollups.removeIf(rollup -> rollup.actor().equals(userKey) || rollup.target().equals(userKey));
        retained.removeIf(interaction -> interaction.actorKey().equals(userKey) || interaction.targetKey().equals(userKey));
        return before - rollups.size() - retained.size();
    }

    /** The same log without any interaction of {@code userKey}, as if they had never been here. */
    InMemoryInteractionHistory without(String userKey) {
        InMemoryInteractionHistory copy = new InMemoryInteractionHistory();
        rollups.stream().filter(r -> !r.actor().equals(userKey) && !r.target().equals(userKey)).forEach(copy.rollups::add);
        retained.stream().filter(i -> !i.actorKey().equals(userKey) && !i.targetKey().equals(userKey)).forEach(copy.retained::add);
        return copy;
    }
}
