package app.hallway.announce.confluence;

import app.hallway.announce.TranslationView;
import app.hallway.platform.Texts;
import app.hallway.platform.Views;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The {@code hallway-translation} macro, nested in an announcement's body: the text in another language.
 * Confluence renders it before the announcement, which then finds the marked block and shows the reader's
 * language.
 */
public final class TranslationMacro implements Macro {
    static final String TEMPLATE = "templates/announce/translation.vm";

    private final Texts texts;
    private final Views views;

    @Inject
    public TranslationMacro(Texts texts, Views views) {
        this.texts = texts;
        this.views = views;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        String lang = parameters == null ? null : parameters.get("lang");
        String problem = texts.get("hallway.translation.error.lang", lang == null ? "" : lang);
        return views.render(TEMPLATE, TranslationView.of(lang, body, problem));
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
