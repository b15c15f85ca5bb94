package app.hallway.platform;

/**
 * A feature's data about pages, forgotten when a page or blog post is removed from Confluence for good (purged
 * from the trash, or with its space). A page in the trash may be restored, and nobody can view it meanwhile, so
 * nothing is forgotten before it is purged. Every feature that keeps data per page implements this; the
 * platform's listener calls each one.
 */
public interface PageCleanup {
    /** Forgets what this feature keeps about the page with this content id; harmless when there is nothing. */
    void pageRemoved(long pageId);
}
