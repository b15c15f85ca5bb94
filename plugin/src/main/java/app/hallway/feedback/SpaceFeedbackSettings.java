package app.hallway.feedback;

/**
 * One space's feedback settings as its administrators see them: each choice is {@code on}, {@code off} or
 * {@code default} (follow the site), with what is in effect. REST JSON and the space tools page's view.
 */
public final class SpaceFeedbackSettings {
    private final String spaceKey;
    private final String spaceName;
    private final String panel;
    private final String anonymous;
    private final boolean panelInEffect;
    private final boolean anonymousInEffect;

    SpaceFeedbackSettings(String spaceKey, String spaceName, String panel, String anonymous, boolean panelInEffect,
                          boolean anonymousInEffect) {
        this.spaceKey = spaceKey;
        this.spaceName = spaceName;
        this.panel = panel;
        this.anonymous = anonymous;
        this.panelInEffect = panelInEffect;
        this.anonymousInEffect = anonymousInEffect;
    }

    public String getSpaceKey() {
        return spaceKey;
    }

    public String getSpaceName() {
        return spaceName;
    }

    /** {@code on}, {@code off} or {@code default}. */
    public String getPanel() {
        return panel;
    }

    public String getAnonymous() {
        return anonymous;
    }

    public boolean isPanelInEffect() {
        return panelInEffect;
    }

    public boolean isAnonymousInEffect() {
        return anonymousInEffect;
    }
}
