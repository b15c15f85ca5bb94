package app.hallway.sandbox.content;

import java.time.Instant;

/** A native Confluence comment on a page. */
public record SandboxComment(long id, long pageId, String author, String text, Instant created) {
}
