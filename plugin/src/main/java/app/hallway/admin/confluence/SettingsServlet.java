package app.hallway.admin.confluence;

import app.hallway.admin.Configure;
import app.hallway.admin.Settings;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import app.hallway.platform.Views;
import app.hallway.platform.confluence.HtmlPages;
import com.atlassian.annotations.security.AdminOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/hallway/settings}: administrators change Hallway's site-wide settings. The form saves
 * through {@code PUT /rest/hallway/1.0/admin/settings} (JSON, so Confluence's REST XSRF rules apply), which checks
 * every field again; {@link Configure} refuses anyone but an administrator here as well.
 */
@AdminOnly
public final class SettingsServlet extends HttpServlet {
    static final String TEMPLATE = "templates/admin/settings.vm";

    private final transient Configure configure;
    private final transient HtmlPages pages;

    @Inject
    public SettingsServlet(Settings settings, People people, Views views, Texts texts) {
        this.configure = new Configure(settings, people, texts);
        this.pages = new HtmlPages(people, views, texts);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.render(response, TEMPLATE, viewer -> new SettingsPageView(configure.read(viewer.key())));
    }
}
