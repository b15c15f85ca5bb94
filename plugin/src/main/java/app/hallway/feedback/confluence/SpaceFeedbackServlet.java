package app.hallway.feedback.confluence;

import app.hallway.platform.confluence.HtmlPages;
import app.hallway.platform.People;
import app.hallway.platform.Views;
import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/hallway/space-feedback?key=SPACE} (space tools, "Apps" tab): the space's
 * administrators switch the panel and anonymous feedback on, off, or back to the site default. Saves through
 * {@code PUT /rest/hallway/1.0/feedback/settings/spaces/{key}}.
 */
@LicensedOnly
public final class SpaceFeedbackServlet extends HttpServlet {
    static final String TEMPLATE = "templates/feedback/space-settings.vm";

    private final transient FeedbackWiring feedback;
    private final transient HtmlPages pages;

    @Inject
    public SpaceFeedbackServlet(FeedbackWiring feedback, People people, Views views) {
        this.feedback = feedback;
        this.pages = new HtmlPages(people, views, feedback.texts());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter("key");
        pages.render(response, TEMPLATE, viewer -> feedback.useCases().configure().space(viewer, key == null ? "" : key.strip()));
    }
}
