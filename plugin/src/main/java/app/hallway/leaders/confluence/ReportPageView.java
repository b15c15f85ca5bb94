package app.hallway.leaders.confluence;

import app.hallway.leaders.LeaderSettings;
import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.LeaderCriteria;
import app.hallway.platform.Texts;
import java.time.LocalDate;
import java.util.List;

/** What {@code templates/leaders/report.vm} shows around the report's script. Immutable. */
public final class ReportPageView {
    /** The labels the report script shows; all are keys of the i18n bundles. */
    static final List<String> MESSAGES = List.of(
            "hallway.leaders.band.TOP_1", "hallway.leaders.band.TOP_5", "hallway.leaders.band.OTHER",
            "hallway.leaders.trend.RISING", "hallway.leaders.trend.STEADY", "hallway.leaders.trend.FALLING",
            "hallway.leaders.trend.NEW",
            "hallway.leaders.standing.TOP_1", "hallway.leaders.standing.TOP_5", "hallway.leaders.standing.TOP_10",
            "hallway.leaders.standing.TOP_25", "hallway.leaders.standing.TOP_50", "hallway.leaders.standing.LOWER_HALF",
            "hallway.leaders.standing.NO_ENDORSEMENTS", "hallway.leaders.standing.ABSENT",
            "hallway.leaders.flag.BURST", "hallway.leaders.flag.RECIPROCAL_CLUSTER",
            "hallway.leaders.flag.BURST.explain", "hallway.leaders.flag.RECIPROCAL_CLUSTER.explain",
            "hallway.leaders.kind.COMMENT", "hallway.leaders.kind.MENTION", "hallway.leaders.kind.REACTION",
            "hallway.leaders.kind.LIKE", "hallway.leaders.kind.VOTE", "hallway.leaders.kind.KUDOS",
            "hallway.leaders.kind.EDIT", "hallway.leaders.kind.VIEW", "hallway.leaders.kind.baseline",
            "hallway.leaders.gate.TOP_SCORE", "hallway.leaders.gate.DISTINCT_ENDORSERS",
            "hallway.leaders.gate.ENDORSER_DEPARTMENTS", "hallway.leaders.gate.STABILITY",
            "hallway.leaders.stage.WAITING", "hallway.leaders.stage.READING", "hallway.leaders.stage.DIRECTORY",
            "hallway.leaders.stage.SCORING", "hallway.leaders.stage.STABILITY", "hallway.leaders.stage.EXPLAINING",
            "hallway.leaders.stage.SAVING", "hallway.leaders.stage.FINISHED", "hallway.leaders.stage.COMPACTING",
            "hallway.leaders.status.queued", "hallway.leaders.status.running", "hallway.leaders.status.done",
            "hallway.leaders.status.failed", "hallway.leaders.status.stalled", "hallway.leaders.status.stopped",
            "hallway.leaders.summary.line", "hallway.leaders.summary.group", "hallway.leaders.summary.suppressed",
            "hallway.leaders.suppressed", "hallway.leaders.department.none", "hallway.leaders.department.all",
            "hallway.leaders.empty.no-leaders", "hallway.leaders.why.label",
            "hallway.leaders.detail.title", "hallway.leaders.detail.leader", "hallway.leaders.detail.not-leader",
            "hallway.leaders.detail.endorsers", "hallway.leaders.detail.stability", "hallway.leaders.detail.trend",
            "hallway.leaders.detail.contributions", "hallway.leaders.detail.contributions.explain",
            "hallway.leaders.detail.content", "hallway.leaders.detail.no-content", "hallway.leaders.detail.flags",
            "hallway.leaders.detail.no-flags", "hallway.leaders.detail.close",
            "hallway.leaders.chart.distribution.bar", "hallway.leaders.chart.distribution.last", "hallway.leaders.chart.distribution.axis",
            "hallway.leaders.chart.distribution.empty", "hallway.leaders.chart.trend.before", "hallway.leaders.chart.trend.now",
            "hallway.leaders.chart.trend.label", "hallway.leaders.error.generic", "hallway.leaders.percent",
            "hallway.leaders.retention.REPORT", "hallway.leaders.retention.TREND");

    private final ScriptPage page;
    private final LocalDate today;
    private final List<String> departmentGroups;
    private final int halfLifeDays;

    ReportPageView(String contextPath, Texts texts, LocalDate today, LeaderSettings settings) {
        this.page = new ScriptPage(contextPath, "report.js", texts, MESSAGES);
        this.today = today;
        this.departmentGroups = settings.departmentGroups();
        this.halfLifeDays = settings.halfLifeDays();
    }

    public String getContextPath() {
        return page.contextPath();
    }

    public String getRestBase() {
        return page.restBase();
    }

    public String getScriptUrl() {
        return page.scriptUrl();
    }

    public String getStyleUrl() {
        return page.styleUrl();
    }

    public String getMessagesJson() {
        return page.messagesJson();
    }

    public String getToday() {
        return today.toString();
    }

    /** The start of the default period: the full 18-month scoring window up to today. */
    public String getDefaultFrom() {
        return today.minus(Decay.DEFAULT_WINDOW).plusDays(1).toString();
    }

    /** The earliest start a period may have: one scoring window before today. */
    public String getEarliest() {
        return getDefaultFrom();
    }

    public List<String> getDepartmentGroups() {
        return departmentGroups;
    }

    public int getHalfLifeDays() {
        return halfLifeDays;
    }

    public int getResamples() {
        return LeaderCriteria.standard().resamples();
    }
}
