package app.hallway.feedback;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds reaction bars for many items with two indexed queries (maintained counts, and the viewer's own
 * reactions), whatever the number of reactions given: what a page view may afford.
 */
public final class ReactionBars {
    private final Reactions reactions;
    private final FeedbackSettings settings;

    public ReactionBars(Reactions reactions, FeedbackSettings settings) {
        this.reactions = reactions;
        this.settings = settings;
    }

    public ReactionBar forItem(String viewerKey, String contentId) {
        return forItems(viewerKey, List.of(contentId)).get(contentId);
    }

    /** A bar for each content id, in the order given. */
    public Map<String, ReactionBar> forItems(String viewerKey, Collection<String> contentIds) {
        List<String> set = settings.reactions().reactions();
        Map<String, Map<String, Integer>> counts = reactions.counts(contentIds);
        Map<String, Set<String>> mine = reactions.mine(viewerKey, contentIds);
        Map<String, ReactionBar> bars = new LinkedHashMap<>();
        for (String contentId : contentIds) {
            Map<String, Integer> itemCounts = counts.getOrDefault(contentId, Map.of());
            Set<String> given = mine.getOrDefault(contentId, Set.of());
            bars.put(contentId, new ReactionBar(contentId, set.stream()
                    .map(r -> new ReactionCount(r, itemCounts.getOrDefault(r, 0), given.contains(r)))
                    .toList()));
        }
        return bars;
    }
}
