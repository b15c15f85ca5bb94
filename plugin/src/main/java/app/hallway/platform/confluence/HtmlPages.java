package app.hallway.platform.confluence;

import app.hallway.platform.HallwayException;
import app.hallway.platform.PageMessage;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Views;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * How Hallway's servlets answer: a page rendered for the logged-in person, or a page saying why not
 * (401 not logged in, 403 not allowed, 404 no such thing, 400 bad filter) with that status. The templates
 * ask Confluence to decorate them ({@code <meta name="decorator" content="atl.general">}).
 */
public final class HtmlPages {
    static final String MESSAGE = "templates/common/message.vm";

    private final People people;
    private final Views views;
    private final Texts texts;

    public HtmlPages(People people, Views views, Texts texts) {
        this.people = people;
        this.views = views;
        this.texts = texts;
    }

    public void render(HttpServletResponse response, String template, Function<Person, Object> view) throws IOException {
        Optional<Person> viewer = people.current();
        if (viewer.isEmpty()) {
            write(response, 401, views.render(MESSAGE, new PageMessage(texts.get("hallway.page.problem"), texts.get("hallway.error.not-logged-in"))));
            return;
        }
        try {
            write(response, 200, views.render(template, view.apply(viewer.get())));
        } catch (HallwayException e) {
            write(response, e.kind().status(), views.render(MESSAGE, new PageMessage(texts.get("hallway.page.problem"), e.getMessage())));
        }
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
