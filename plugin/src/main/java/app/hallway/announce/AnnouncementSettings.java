package app.hallway.announce;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an announcement's macro parameters say, as stored with the announcement: who it is for, when it is
 * shown, and whether and by when it must be acknowledged. Changing these does not make a new content
 * version; only the text does.
 *
 * @param audience group names; empty means everyone who can view the page
 * @param from     first day shown, or null for "from now"
 * @param until    last day shown, or null for "no end"
 * @param due      the day acknowledgements are due, or null for "no deadline"
 * @param lang     language of the body (BCP 47 tag), or empty for the site's language
 */
public record AnnouncementSettings(Priority priority, List<String> audience, LocalDate from, LocalDate until,
                                   boolean acknowledgement, LocalDate due, String lang) {
    public AnnouncementSettings {
        Objects.requireNonNull(priority, "priority");
        audience = List.copyOf(audience);
        lang = lang == null ? "" : lang;
    }

    /** A plain announcement for everyone, shown at once, without acknowledgement. */
    public static AnnouncementSettings plain(Priority priority) {
        return new AnnouncementSettings(priority, List.of(), null, null, false, null, "");
    }

    /** True when these settings use what only HR may use (DESIGN.md, "Roles"): an audience or acknowledgement. */
    public boolean usesHrFeatures() {
        return !audience.isEmpty() || acknowledgement;
    }

    public boolean isOverdue(LocalDate today) {
        return acknowledgement && due != null && today.isAfter(due);
    }
}
