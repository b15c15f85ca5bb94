package app.hallway.announce.confluence;

import app.hallway.platform.Views;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.Map;

/** The {@code hallway-announcements} feed macro: the viewer's announcements across the spaces they can see. */
public final class AnnouncementFeedMacro implements Macro {
    static final String TEMPLATE = "templates/announce/feed.vm";

    private final AnnouncementUseCases useCases;
    private final Views views;

    @Inject
    public AnnouncementFeedMacro(AnnouncementUseCases useCases, Views views) {
        this.useCases = useCases;
        this.views = views;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        return views.render(TEMPLATE, useCases.feed().forViewer(AnnouncementMacro.call(parameters, "", context), useCases.currentUserKey()));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
