package app.hallway.announce;

import app.hallway.platform.Choice;
import java.util.List;

/**
 * What {@code templates/announce/report.vm} shows: HR's acknowledgement report page (summary, filters, one
 * page of people, CSV link, "ask again"), or an error message with the reason the report is not shown.
 */
public final class ReportView {
    private final String error;
    private final Summary summary;
    private final Filters filters;
    private final List<ReportRowView> rows;
    private final Navigation navigation;

    private ReportView(String error, Summary summary, Filters filters, List<ReportRowView> rows, Navigation navigation) {
        this.error = error;
        this.summary = summary;
        this.filters = filters;
        this.rows = List.copyOf(rows);
        this.navigation = navigation;
    }

    static ReportView of(Summary summary, Filters filters, List<ReportRowView> rows, Navigation navigation) {
        return new ReportView("", summary, filters, rows, navigation);
    }

    /** A report page that only says why there is no report (not logged in, not HR, no such announcement). */
    public static ReportView error(String message) {
        return new ReportView(message, new Summary("", "", "", "", "", "", ""),
                new Filters(List.of(), List.of(), ""), List.of(), new Navigation("", "", "", "", "", "", ""));
    }

    public boolean isFailed() {
        return !error.isEmpty();
    }

    /** Why there is no report, in the reader's language. */
    public String getFailure() {
        return error;
    }

    public String getTitle() {
        return summary.title();
    }

    public String getPageUrl() {
        return summary.pageUrl();
    }

    /** "12 of 40 acknowledged · 25 pending · 3 overdue". */
    public String getProgressLabel() {
        return summary.progress();
    }

    public String getDueLabel() {
        return summary.due();
    }

    /** "Version 3 of the text; acknowledgements count from version 2." */
    public String getVersionLabel() {
        return summary.version();
    }

    /** Non-empty when the text changed since the required version: HR may ask everyone again. */
    public String getRequireAgainLabel() {
        return summary.requireAgain();
    }

    public boolean isCanRequireAgain() {
        return !summary.requireAgain().isEmpty();
    }

    public String getCurrentVersion() {
        return summary.currentVersion();
    }

    public List<Choice> getGroups() {
        return filters.groups();
    }

    public List<Choice> getStatuses() {
        return filters.statuses();
    }

    public String getAnnouncementId() {
        return filters.announcementId();
    }

    public List<ReportRowView> getRows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** "People 1–200 of 1,234". */
    public String getRangeLabel() {
        return navigation.range();
    }

    public String getPreviousUrl() {
        return navigation.previous();
    }

    public String getNextUrl() {
        return navigation.next();
    }

    /** The CSV export of what the filters select. */
    public String getCsvUrl() {
        return navigation.csv();
    }

    /** Where the "ask again" button sends its request. */
    public String getRequiredVersionUrl() {
        return navigation.requiredVersion();
    }

    /** The report servlet's own URL, for the filter form. */
    public String getFormUrl() {
        return navigation.form();
    }

    /** Where this page's stylesheet and script are served (the servlet page is outside the page contexts). */
    public String getResourcesUrl() {
        return navigation.resources();
    }

    record Summary(String title, String pageUrl, String progress, String due, String version, String requireAgain, String currentVersion) {
    }

    record Filters(List<Choice> groups, List<Choice> statuses, String announcementId) {
        Filters {
            groups = List.copyOf(groups);
            statuses = List.copyOf(statuses);
        }
    }

    record Navigation(String range, String previous, String next, String csv, String requiredVersion, String form, String resources) {
    }
}
