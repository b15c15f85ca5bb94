package app.hallway.announce.confluence;

import app.hallway.announce.Acknowledgement;
import app.hallway.announce.Announcement;
import app.hallway.announce.AnnouncementDetails;
import app.hallway.announce.AnnouncementLinks;
import app.hallway.announce.AnnouncementSettings;
import app.hallway.announce.FeedEntry;
import app.hallway.platform.Links;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One announcement in REST answers. Dates are ISO-8601 strings; {@code acknowledgedCount} and
 * {@code audienceSize} appear for HR only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnnouncementJson(long id, long contentId, String spaceKey, String title, String excerpt, String priority,
                               String url, int version, int requiredVersion, List<String> audience, String from, String until,
                               boolean acknowledgementRequired, String due, boolean overdue, String publishedAt,
                               AckJson acknowledgement, Integer acknowledgedCount, Integer audienceSize) {

    static AnnouncementJson of(AnnouncementDetails details, Links links) {
        return of(details.announcement(), details.acknowledgementRequired(), details.acknowledgement(), details.overdue(), links,
                details.acknowledged(), details.audienceSize());
    }

    static AnnouncementJson of(FeedEntry entry, Links links) {
        return of(entry.announcement(), entry.acknowledgementRequired(), entry.acknowledgement(), entry.overdue(), links, null, null);
    }

    private static AnnouncementJson of(Announcement a, boolean required, Acknowledgement mine, boolean overdue, Links links,
                                       Integer acknowledged, Integer audienceSize) {
        AnnouncementSettings s = a.settings();
        return new AnnouncementJson(a.id(), a.contentId(), a.spaceKey(), a.title(), a.excerpt(), s.priority().parameterValue(),
                links.relative(AnnouncementLinks.page(a.contentId())), a.version(), a.requiredVersion(), s.audience(), iso(s.from()),
                iso(s.until()), required, iso(s.due()), overdue, a.publishedAt().toString(), mine == null ? null : AckJson.of(mine),
                acknowledged, audienceSize == null || audienceSize < 0 ? null : audienceSize);
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** An acknowledgement in REST answers. */
    public record AckJson(int version, String acknowledgedAt) {
        static AckJson of(Acknowledgement ack) {
            return new AckJson(ack.version(), ack.at().toString());
        }
    }

    /** A page of announcements. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListJson(List<AnnouncementJson> announcements, String nextCursor) {
    }
}
