package app.hallway.feedback.confluence;

import app.hallway.feedback.FeedbackPanelView;
import app.hallway.platform.People;
import app.hallway.platform.TemplateText;
import com.atlassian.core.bean.EntityObject;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds {@code templates/feedback/panel.vm}, the feedback panel under every page and blog post (web panel
 * {@code hallway-feedback-panel}, location {@code atl.comments.view.bottom}: see the descriptor for why).
 * Confluence puts the viewed page into the web-fragment context as {@code page}. A failure hides the panel
 * and is logged; the page itself always renders.
 */
public final class FeedbackPanelContextProvider implements ContextProvider {
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackPanelContextProvider.class);

    private final FeedbackWiring feedback;
    private final People people;

    @Inject
    public FeedbackPanelContextProvider(FeedbackWiring feedback, People people) {
        this.feedback = feedback;
        this.people = people;
    }

    @Override
    public void init(Map<String, String> params) {
        // The panel takes no parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.put("view", view(context.get("page")));
        result.put("text", new TemplateText(new RenderTexts(feedback.texts())));
        return result;
    }

    private FeedbackPanelView view(Object page) {
        if (!(page instanceof EntityObject entity) || entity.getId() <= 0) {
            return FeedbackPanelView.hidden();
        }
        try {
            return feedback.useCases().panel().forPage(people.current(), entity.getId());
        } catch (RuntimeException e) {
            LOG.error("Hallway could not show the feedback panel on page {}", entity.getId(), e);
            return FeedbackPanelView.hidden();
        }
    }
}
