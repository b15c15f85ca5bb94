package app.hallway.announce;

import app.hallway.platform.Choice;
import app.hallway.platform.Links;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HR's report page for one announcement: {@link ReportAcknowledgements} laid out for a browser, one page of
 * {@value #PAGE_SIZE} people at a time, every label in the reader's language. Failures (not HR, no such
 * announcement) are thrown as {@code HallwayException}s for the servlet to show with their status.
 */
public final class ShowReport {
    static final int PAGE_SIZE = 200;

    private final ReportAcknowledgements report;
    private final People people;
    private final Texts texts;
    private final Links links;

    public ShowReport(ReportAcknowledgements report, People people, Texts texts, Links links) {
        this.report = report;
        this.people = people;
        this.texts = texts;
        this.links = links;
    }

    public ReportView forViewer(long announcementId, String viewerKey, String group, String status, int offset) {
        AcknowledgementReport result = report.report(announcementId, viewerKey, group, status);
        DateLabels dates = DateLabels.of(people.localeOf(viewerKey));
        Announcement announcement = result.announcement();
        int from = Math.max(0, Math.min(offset, Math.max(0, result.rows().size() - 1)));
        List<ReportRowView> rows = result.rows().subList(from, Math.min(result.rows().size(), from + PAGE_SIZE)).stream()
                .map(row -> row(row, announcement, dates))
                .toList();
        return ReportView.of(summary(result, dates), filters(announcement, group, status),
                rows, navigation(announcement.id(), group, status, from, rows.size(), result.rows().size()));
    }

    private ReportView.Summary summary(AcknowledgementReport result, DateLabels dates) {
        Announcement announcement = result.announcement();
        String due = announcement.settings().due() == null ? "" : texts.get("hallway.report.due", dates.date(announcement.settings().due()));
        String requireAgain = announcement.hasUnrequiredChanges()
                ? texts.get("hallway.report.require-again", announcement.requiredVersion(), announcement.version()) : "";
        return new ReportView.Summary(announcement.title(), links.relative(AnnouncementLinks.page(announcement.contentId())),
                texts.get("hallway.report.progress", result.acknowledged(), result.audienceSize(), result.pending(), result.overdue()),
                due, texts.get("hallway.report.version", announcement.version(), announcement.requiredVersion()), requireAgain,
                String.valueOf(announcement.version()));
    }

    private ReportView.Filters filters(Announcement announcement, String group, String status) {
        List<Choice> groups = new ArrayList<>();
        groups.add(new Choice("", texts.get("hallway.report.filter.all-groups"), group == null || group.isBlank()));
        announcement.settings().audience().forEach(name -> groups.add(new Choice(name, name, name.equals(group))));
        List<Choice> statuses = new ArrayList<>();
        statuses.add(new Choice("", texts.get("hallway.report.filter.all-statuses"), status == null || status.isBlank()));
        for (ReportStatus each : ReportStatus.values()) {
            statuses.add(new Choice(each.key(), texts.get("hallway.report.status." + each.key()), each.key().equals(status)));
        }
        return new ReportView.Filters(groups, statuses, String.valueOf(announcement.id()));
    }

    private ReportRowView row(ReportRow row, Announcement announcement, DateLabels dates) {
        Acknowledgement ack = row.acknowledgement();
        String version = ack == null ? ""
                : ack.counts(announcement) ? String.valueOf(ack.version())
                : texts.get("hallway.report.version.outdated", ack.version());
        return new ReportRowView(row.person().displayName(), row.person().username(), row.status().key(),
                texts.get("hallway.report.status." + row.status().key()), version, ack == null ? "" : dates.date(ack.at()),
                String.join(", ", row.groups().stream().sorted().toList()));
    }

    private ReportView.Navigation navigation(long id, String group, String status, int from, int shown, int total) {
        String filters = param("group", group) + param("status", status);
        String page = links.relative("/plugins/servlet" + AnnouncementLinks.REPORT_SERVLET) + "?id=" + id + filters;
        String range = total == 0 ? "" : texts.get("hallway.report.range", from + 1, from + shown, total);
        String previous = from > 0 ? page + "&offset=" + Math.max(0, from - PAGE_SIZE) : "";
        String next = from + shown < total ? page + "&offset=" + (from + PAGE_SIZE) : "";
        return new ReportView.Navigation(range, previous, next, AnnouncementLinks.acknowledgements(links, id) + "?format=csv" + filters,
                AnnouncementLinks.requiredVersion(links, id), links.relative("/plugins/servlet" + AnnouncementLinks.REPORT_SERVLET),
                links.relative(AnnouncementLinks.RESOURCES));
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8);
    }
}
