package app.hallway.leaders.confluence;

import app.hallway.platform.confluence.HtmlPages;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import app.hallway.platform.Views;
import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/hallway/privacy}: every employee's page about what Hallway keeps about them (the
 * opinion-leader report, the feedback panel and polls, announcements), in plain words, with their data, erasure
 * and the objection button. Its script calls {@code /rest/hallway/1.0/privacy/me}.
 */
@LicensedOnly
public final class PrivacyServlet extends HttpServlet {
    static final String TEMPLATE = "templates/leaders/privacy.vm";

    private final transient HtmlPages page;
    private final transient Texts texts;

    @Inject
    public PrivacyServlet(People people, Views views, Texts texts) {
        this.page = new HtmlPages(people, views, texts);
        this.texts = texts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.render(response, TEMPLATE, viewer -> new PrivacyPageView(request.getContextPath(), texts));
    }
}
