package app.hallway.announce.confluence;

import app.hallway.announce.ReportView;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;
import app.hallway.platform.Views;
import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/hallway/announcement-report?id=&group=&status=&offset=}: HR's acknowledgement
 * report, reachable from the macro. A refusal is a page with the reason and its status code, never a trace.
 */
@LicensedOnly
public final class AnnouncementReportServlet extends HttpServlet {
    static final String TEMPLATE = "templates/announce/report.vm";
    private static final long serialVersionUID = 1L;

    private final transient AnnouncementUseCases useCases;
    private final transient Views views;
    private final transient Texts texts;

    @Inject
    public AnnouncementReportServlet(AnnouncementUseCases useCases, Views views, Texts texts) {
        this.useCases = useCases;
        this.views = views;
        this.texts = texts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportView view;
        int status = HttpServletResponse.SC_OK;
        try {
            view = useCases.showReport().forViewer(AcknowledgementResource.id(request.getParameter("id"), texts), useCases.currentUserKey(),
                    request.getParameter("group"), request.getParameter("status"), offset(request.getParameter("offset")));
        } catch (HallwayException refused) {
            status = refused.kind().status();
            view = ReportView.error(refused.getMessage());
        }
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(views.render(TEMPLATE, view));
    }

    private static int offset(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
