package app.hallway.announce;

import java.time.Instant;
import java.util.Objects;

/**
 * What a page view learns about a macro instance, for {@link Announcements#register}: its place, its text's
 * fingerprint, its settings and who last saved the page.
 *
 * @param editorKey  the page's last modifier, or null when Confluence does not say
 * @param editorIsHr whether that person is HR now
 */
public record Registration(long contentId, String macroId, String spaceKey, String title, String excerpt, String textHash,
                           AnnouncementSettings settings, String editorKey, boolean editorIsHr, Instant at) {
    public Registration {
        Objects.requireNonNull(macroId, "macroId");
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Who the announcement speaks for after this save. The audience and acknowledgement are HR's to use, so
     * the rule must stop a non-HR editor from borrowing HR's authority without locking HR out:
     * <ul>
     *   <li>whoever saves a change to the announcement (its text or its settings) becomes its publisher;</li>
     *   <li>an HR member who saves the page becomes its publisher even without changing it (that re-activates an
     *       announcement a colleague changed);</li>
     *   <li>anyone else who saves the page without touching the announcement leaves the publisher as it was, so
     *       fixing a typo elsewhere on the page does not deactivate HR's announcement.</li>
     * </ul>
     *
     * @param existing the stored announcement, or null for the first sight of this instance
     * @param changed  whether its text or settings differ from the stored ones
     */
    public String publisherAfter(Announcement existing, boolean changed) {
        if (existing == null || changed || (editorIsHr && editorKey != null)) {
            return editorKey;
        }
        return existing.publisherKey();
    }
}
