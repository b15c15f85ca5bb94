package app.hallway.testing;

import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Contents} in maps: pages and who may view them; for use-case tests. */
public final class InMemoryContents implements Contents {
    private final Map<Long, ContentRef> pages = new HashMap<>();
    private final Map<Long, Set<String>> viewers = new HashMap<>();

    /** A page only {@code viewers} may see (nobody listed: everyone). */
    public InMemoryContents page(long id, String title, String... viewers) {
        pages.put(id, new ContentRef(id, "page", title, "ENG", false));
        this.viewers.put(id, new HashSet<>(Set.of(viewers)));
        return this;
    }

    @Override
    public Optional<ContentRef> find(long contentId) {
        return Optional.ofNullable(pages.get(contentId));
    }

    @Override
    public boolean canView(String userKey, long contentId) {
        Set<String> allowed = viewers.get(contentId);
        return allowed != null && (allowed.isEmpty() || allowed.contains(userKey));
    }

    @Override
    public boolean canEdit(String userKey, long contentId) {
        return canView(userKey, contentId);
    }
}
