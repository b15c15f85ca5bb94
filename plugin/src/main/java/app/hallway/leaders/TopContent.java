package app.hallway.leaders;

import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.InteractionKind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The contributions through which colleagues engaged most with each of a few people, from the raw interactions
 * that retention has kept (rollups do not name content). Days are UTC days, as the log's rollups are. Each
 * interaction weighs its kind's weight, decayed;
 * objectors and people who do not count are left out as in the scores.
 */
final class TopContent {
    static final int PER_PERSON = 3;

    private TopContent() {
    }

    /**
     * @param wanted the user keys to find top content for; everyone else's interactions are skipped
     * @param counts whether a user key counts (in the directory, not an objector)
     */
    static Map<String, List<ContentShare>> of(InteractionHistory history, Period period, Decay decay, Set<String> wanted,
                                              Predicate<String> counts, boolean countViews) {
        Map<String, Map<String, Engagement>> byPerson = new HashMap<>();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        DecayTable decayTable = new DecayTable(period, decay);
        history.forEachRetainedInteraction(period.from(), period.to(), interaction -> {
            InteractionKind kind = Kinds.of(interaction.type(), countViews);
            LocalDate day = LocalDate.ofInstant(interaction.at(), ZoneOffset.UTC);
            if (kind == null || interaction.isSelf() || interaction.contentId() == null || !period.contains(day)
                    || !wanted.contains(interaction.targetKey()) || !counts.test(interaction.actorKey())) {
                return;
            }
            byPerson.computeIfAbsent(interaction.targetKey(), key -> new HashMap<>())
                    .computeIfAbsent(interaction.contentId(), id -> new Engagement())
                    .add(kind, kind.weight() * decayTable.weight(day));
        });
        Map<String, List<ContentShare>> top = new HashMap<>();
        byPerson.forEach((person, items) -> top.put(person, topOf(items)));
        return top;
    }

    private static List<ContentShare> topOf(Map<String, Engagement> items) {
        double total = items.values().stream().mapToDouble(engagement -> engagement.weight).sum();
        List<Map.Entry<String, Engagement>> sorted = new ArrayList<>(items.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Engagement> item) -> item.getValue().weight).reversed()
                .thenComparing(Map.Entry::getKey));
        List<ContentShare> top = new ArrayList<>();
        for (Map.Entry<String, Engagement> item : sorted.subList(0, Math.min(PER_PERSON, sorted.size()))) {
            top.add(new ContentShare(item.getKey(), total > 0 ? item.getValue().weight / total : 0, item.getValue().kinds));
        }
        return top;
    }

    private static final class Engagement {
        private double weight;
        private final Set<InteractionKind> kinds = EnumSet.noneOf(InteractionKind.class);

        void add(InteractionKind kind, double amount) {
            weight += amount;
            kinds.add(kind);
        }
    }
}
