package app.hallway.feedback.confluence;

import app.hallway.platform.confluence.HtmlPages;
import app.hallway.platform.People;
import app.hallway.platform.Views;
import com.atlassian.annotations.security.AdminOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/hallway/feedback-settings}: administrators set the site-wide defaults. The form
 * saves through {@code PUT /rest/hallway/1.0/feedback/settings} (JSON, so Confluence's REST XSRF rules apply).
 */
@AdminOnly
public final class FeedbackSettingsServlet extends HttpServlet {
    static final String TEMPLATE = "templates/feedback/settings.vm";

    private final transient FeedbackWiring feedback;
    private final transient HtmlPages pages;

    @Inject
    public FeedbackSettingsServlet(FeedbackWiring feedback, People people, Views views) {
        this.feedback = feedback;
        this.pages = new HtmlPages(people, views, feedback.texts());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.render(response, TEMPLATE, viewer -> feedback.useCases().configure().defaults(viewer));
    }
}
