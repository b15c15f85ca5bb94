package app.hallway.feedback;

import app.hallway.admin.Settings;
import java.util.Optional;

/**
 * The feedback feature's configuration in {@link Settings}: global defaults set by administrators, and per
 * space overrides set by space administrators. The panel and anonymous feedback are on unless switched off.
 */
public final class FeedbackSettings {
    public static final String PANEL_DEFAULT = "feedback.panel.default";
    public static final String PANEL_SPACE = "feedback.panel.space.";
    public static final String ANONYMOUS_DEFAULT = "feedback.anonymous.default";
    public static final String ANONYMOUS_SPACE = "feedback.anonymous.space.";
    public static final String REACTIONS = "feedback.reactions";
    public static final String POLL_MINIMUM = "polls.anonymous.min-voters";
    public static final int DEFAULT_POLL_MINIMUM = 5;

    private final Settings settings;
    private volatile Parsed parsed;

    private record Parsed(String setting, ReactionSet reactions) {
    }

    public FeedbackSettings(Settings settings) {
        this.settings = settings;
    }

    public boolean panelEnabled(String spaceKey) {
        return spaceOverride(PANEL_SPACE, spaceKey).orElseGet(this::panelDefault);
    }

    public boolean anonymousAllowed(String spaceKey) {
        return spaceOverride(ANONYMOUS_SPACE, spaceKey).orElseGet(this::anonymousDefault);
    }

    public boolean panelDefault() {
        return flag(settings.get(PANEL_DEFAULT)).orElse(true);
    }

    public boolean anonymousDefault() {
        return flag(settings.get(ANONYMOUS_DEFAULT)).orElse(true);
    }

    /** The configured reactions; parsed again only when the setting's text changes. */
    public ReactionSet reactions() {
        String value = settings.get(REACTIONS).orElse("");
        Parsed last = parsed;
        if (last == null || !last.setting().equals(value)) {
            last = new Parsed(value, ReactionSet.fromSetting(value));
            parsed = last;
        }
        return last.reactions();
    }

    /** How many people must have voted before an anonymous poll shows results (at least 1). */
    public int anonymousPollMinimum() {
        try {
            return Math.max(1, Integer.parseInt(settings.get(POLL_MINIMUM, String.valueOf(DEFAULT_POLL_MINIMUM)).trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_POLL_MINIMUM;
        }
    }

    /** The space's own choice for the panel, or empty when it follows the default. */
    public Optional<Boolean> panelOverride(String spaceKey) {
        return spaceOverride(PANEL_SPACE, spaceKey);
    }

    public Optional<Boolean> anonymousOverride(String spaceKey) {
        return spaceOverride(ANONYMOUS_SPACE, spaceKey);
    }

    void setDefaults(boolean panel, boolean anonymous, ReactionSet reactions, int pollMinimum) {
        settings.put(PANEL_DEFAULT, onOff(panel));
        settings.put(ANONYMOUS_DEFAULT, onOff(anonymous));
        settings.put(REACTIONS, reactions.asSetting());
        settings.put(POLL_MINIMUM, String.valueOf(pollMinimum));
    }

    /** A null choice makes the space follow the default again. */
    void setSpace(String spaceKey, Boolean panel, Boolean anonymous) {
        settings.put(PANEL_SPACE + spaceKey, panel == null ? "" : onOff(panel));
        settings.put(ANONYMOUS_SPACE + spaceKey, anonymous == null ? "" : onOff(anonymous));
    }

    private Optional<Boolean> spaceOverride(String prefix, String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            return Optional.empty();
        }
        return flag(settings.get(prefix + spaceKey));
    }

    private static Optional<Boolean> flag(Optional<String> value) {
        return value.map(String::trim).filter(v -> v.equals("on") || v.equals("off")).map(v -> v.equals("on"));
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
