package app.hallway.leaders.confluence;

import app.hallway.platform.confluence.HtmlPages;
import app.hallway.admin.Roles;
import app.hallway.admin.Settings;
import app.hallway.leaders.LeaderSettings;
import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import app.hallway.platform.Views;
import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/hallway/leaders}: HR's opinion-leader report page. The page is a frame; its script
 * reads the report through REST ({@code /rest/hallway/1.0/leaders}), which checks the viewer again.
 */
@LicensedOnly
public final class LeaderReportServlet extends HttpServlet {
    static final String TEMPLATE = "templates/leaders/report.vm";

    private final transient HtmlPages page;
    private final transient Roles roles;
    private final transient LeaderSettings settings;
    private final transient Texts texts;
    private final transient Time time;

    @Inject
    public LeaderReportServlet(People people, Settings settings, Views views, Texts texts, Time time) {
        this.page = new HtmlPages(people, views, texts);
        this.roles = new Roles(people, settings);
        this.settings = new LeaderSettings(settings);
        this.texts = texts;
        this.time = time;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.render(response, TEMPLATE, viewer -> {
            if (!roles.isHr(viewer.key())) {
                throw HallwayException.forbidden(texts.get("hallway.leaders.error.hr-only"));
            }
            return new ReportPageView(request.getContextPath(), texts, time.today(), settings);
        });
    }
}
