package app.hallway.leaders;

import java.util.List;

/** One of a person's top contributions, as a viewer who may see it is shown it. */
public record ContentItem(String contentId, String title, double share, List<String> kinds) {
    public ContentItem {
        kinds = List.copyOf(kinds);
    }
}
