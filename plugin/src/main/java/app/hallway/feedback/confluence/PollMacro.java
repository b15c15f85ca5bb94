package app.hallway.feedback.confluence;

import app.hallway.feedback.PollView;
import app.hallway.platform.People;
import app.hallway.platform.Views;
import app.hallway.platform.confluence.MacroContexts;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/** The {@code hallway-poll} macro: a question, options, one ballot per person, results as the poll allows. */
public final class PollMacro implements Macro {
    static final String TEMPLATE = "templates/feedback/poll.vm";
    /** Where the form works; exports (PDF, Word, e-mail, feeds) show the poll without it. */
    private static final Set<String> INTERACTIVE = Set.of("display", "preview");

    private final FeedbackWiring feedback;
    private final People people;
    private final Views views;

    @Inject
    public PollMacro(FeedbackWiring feedback, People people, Views views) {
        this.feedback = feedback;
        this.people = people;
        this.views = views;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        PollView view = feedback.useCases().showPoll().forMacro(people.current(), MacroContexts.contentId(context),
                MacroContexts.macroId(context), parameters, INTERACTIVE.contains(context.getOutputType()));
        return views.render(TEMPLATE, view);
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
