package app.hallway.leaders;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Something a person did in Confluence that may endorse others: a comment on their page, a like, an edit
 * of their page. Built by the event listeners from Confluence's events, without Confluence's types.
 *
 * @param targetKeys the people whose contribution was taken up (page owner, author of the comment replied to)
 * @param storageBody the storage-format text written, searched for @mentions; may be empty
 * @param excluded true in personal spaces and on restricted pages, which the report never uses
 */
public record Activity(InteractionType type, String actorKey, Set<String> targetKeys, String contentId,
                       String storageBody, boolean excluded, Instant at) {
    public Activity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        targetKeys = targetKeys == null ? Set.of() : Set.copyOf(targetKeys);
        storageBody = storageBody == null ? "" : storageBody;
    }
}
