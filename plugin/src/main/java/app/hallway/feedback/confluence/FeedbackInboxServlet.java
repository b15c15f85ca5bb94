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
 * {@code /plugins/servlet/hallway/feedback-inbox}: HR's inbox across spaces, filtered by status, space and age
 * ({@code ?status=&space=&age=&cursor=}), with a link to the CSV export. A plain GET form: works without scripts.
 */
@LicensedOnly
public final class FeedbackInboxServlet extends HttpServlet {
    static final String TEMPLATE = "templates/feedback/inbox.vm";

    private final transient FeedbackWiring feedback;
    private final transient HtmlPages pages;

    @Inject
    public FeedbackInboxServlet(FeedbackWiring feedback, People people, Views views) {
        this.feedback = feedback;
        this.pages = new HtmlPages(people, views, feedback.texts());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.render(response, TEMPLATE, viewer -> feedback.useCases().inbox().view(viewer, request.getParameter("status"),
                request.getParameter("space"), request.getParameter("age"), request.getParameter("cursor")));
    }
}
