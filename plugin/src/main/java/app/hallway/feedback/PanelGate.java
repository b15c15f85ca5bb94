package app.hallway.feedback;

import app.hallway.platform.HallwayException;
import app.hallway.platform.Texts;

/**
 * Where the panel is switched off, nobody adds reactions, feedback or votes to the page or its feedback
 * items (what exists stays readable, and HR can still answer). Announcements carry their own reactions and
 * are not governed by the page panel.
 */
final class PanelGate {
    private final FeedbackSettings settings;
    private final Texts texts;

    PanelGate(FeedbackSettings settings, Texts texts) {
        this.settings = settings;
        this.texts = texts;
    }

    void requireOpen(Target target) {
        if (target.key().kind() != ItemKey.Kind.ANNOUNCEMENT && !settings.panelEnabled(target.spaceKey())) {
            throw HallwayException.forbidden(texts.get("hallway.error.feedback.panel-off"));
        }
    }
}
