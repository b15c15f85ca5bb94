package app.hallway.announce.confluence;

import app.hallway.announce.MacroCall;
import app.hallway.platform.Views;
import app.hallway.platform.confluence.MacroContexts;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.Map;

/** The {@code hallway-announcement} macro: read the context, call {@code ShowAnnouncement}, render. */
public final class AnnouncementMacro implements Macro {
    static final String TEMPLATE = "templates/announce/announcement.vm";

    private final AnnouncementUseCases useCases;
    private final Views views;

    @Inject
    public AnnouncementMacro(AnnouncementUseCases useCases, Views views) {
        this.useCases = useCases;
        this.views = views;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        return views.render(TEMPLATE, useCases.show().forViewer(call(parameters, body, context), useCases.currentUserKey()));
    }

    static MacroCall call(Map<String, String> parameters, String body, ConversionContext context) {
        return new MacroCall(MacroContexts.contentId(context), MacroContexts.macroId(context), MacroContexts.spaceKey(context),
                parameters, body, context.getOutputType(), MacroContexts.lastModifierKey(context), MacroContexts.creatorKey(context));
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
