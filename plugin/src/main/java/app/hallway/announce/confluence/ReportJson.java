package app.hallway.announce.confluence;

import app.hallway.announce.AcknowledgementReport;
import app.hallway.announce.Announcement;
import app.hallway.announce.ReportRow;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The acknowledgement report in REST answers: totals over everyone, one page of the filtered people. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportJson(long announcementId, String title, int version, int requiredVersion, String due, int audienceSize,
                         int acknowledged, int pending, int overdue, List<PersonJson> people, String nextCursor) {

    static ReportJson of(AcknowledgementReport report, Paging paging) {
        Announcement a = report.announcement();
        return new ReportJson(a.id(), a.title(), a.version(), a.requiredVersion(), AnnouncementJson.iso(a.settings().due()),
                report.audienceSize(), report.acknowledged(), report.pending(), report.overdue(),
                paging.page(report.rows()).stream().map(PersonJson::of).toList(), paging.next(report.rows().size()));
    }

    /** One person of the report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonJson(String userKey, String username, String displayName, String status, Integer version,
                             String acknowledgedAt, List<String> groups) {
        static PersonJson of(ReportRow row) {
            return new PersonJson(row.person().key(), row.person().username(), row.person().displayName(), row.status().key(),
                    row.acknowledgement() == null ? null : row.acknowledgement().version(),
                    row.acknowledgement() == null ? null : row.acknowledgement().at().toString(),
                    row.groups().stream().sorted().toList());
        }
    }
}
