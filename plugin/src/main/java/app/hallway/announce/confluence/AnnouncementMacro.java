package app.hallway.announce.confluence;

import app.hallway.announce.Announcements;
import app.hallway.announce.MacroCall;
import app.hallway.announce.ShowAnnouncement;
import app.hallway.platform.Texts;
import app.hallway.platform.Views;
import app.hallway.platform.confluence.MacroContexts;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.Map;

/** The {@code hallway-announcement} macro: parse, call {@link ShowAnnouncement}, render. */
public final class AnnouncementMacro implements Macro {
    static final String TEMPLATE = "templates/announce/announcement.vm";

    private final ShowAnnouncement show;
    private final Views views;

    @Inject
    public AnnouncementMacro(Announcements announcements, Texts texts, Views views) {
        this.show = new ShowAnnouncement(announcements, texts);
        this.views = views;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        MacroCall call = new MacroCall(MacroContexts.contentId(context), MacroContexts.macroId(context), parameters, body,
                context.getOutputType());
        return views.render(TEMPLATE, show.forViewer(call));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
