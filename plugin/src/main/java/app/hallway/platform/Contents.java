package app.hallway.platform;

import java.util.Optional;

/** Confluence content and its permissions. Every Hallway action on content passes through {@link #canView}. */
public interface Contents {
    Optional<ContentRef> find(long contentId);

    boolean canView(String userKey, long contentId);

    boolean canEdit(String userKey, long contentId);
}
