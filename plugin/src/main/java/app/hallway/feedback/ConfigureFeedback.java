package app.hallway.feedback;

import app.hallway.admin.Roles;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Spaces;
import app.hallway.platform.Texts;
import java.util.List;
import java.util.Optional;

/**
 * Configures the feature: administrators set the site-wide defaults (panel, anonymous feedback, the reaction
 * set, the anonymous-poll minimum); space administrators switch the panel and anonymous feedback on or off for
 * their space, or let it follow the defaults.
 */
public final class ConfigureFeedback {
    private static final List<String> SPACE_CHOICES = List.of("on", "off", "default");
    private static final int MAX_POLL_MINIMUM = 100;

    private final FeedbackSettings settings;
    private final Roles roles;
    private final Spaces spaces;
    private final Texts texts;

    ConfigureFeedback(FeedbackSettings settings, Roles roles, Spaces spaces, Texts texts) {
        this.settings = settings;
        this.roles = roles;
        this.spaces = spaces;
        this.texts = texts;
    }

    public FeedbackDefaults defaults(Person viewer) {
        requireAdministrator(viewer);
        return new FeedbackDefaults(settings.panelDefault(), settings.anonymousDefault(), settings.reactions().reactions(),
                settings.anonymousPollMinimum());
    }

    /** Changes what is given; a null leaves that setting as it is. */
    public FeedbackDefaults updateDefaults(Person viewer, Boolean panel, Boolean anonymous, String reactions, Integer pollMinimum) {
        requireAdministrator(viewer);
        ReactionSet set = settings.reactions();
        if (reactions != null) {
            List<String> proposed = ReactionSet.split(reactions);
            if (!ReactionSet.problems(proposed).isEmpty()) {
                throw HallwayException.invalid("reactions", texts.get("hallway.error.settings.reactions", ReactionSet.MAX_REACTIONS));
            }
            set = ReactionSet.fromSetting(String.join(",", proposed));
        }
        if (pollMinimum != null && (pollMinimum < 1 || pollMinimum > MAX_POLL_MINIMUM)) {
            throw HallwayException.invalid("pollMinimum", texts.get("hallway.error.settings.poll-minimum", MAX_POLL_MINIMUM));
        }
        settings.setDefaults(panel == null ? settings.panelDefault() : panel,
                anonymous == null ? settings.anonymousDefault() : anonymous, set,
                pollMinimum == null ? settings.anonymousPollMinimum() : pollMinimum);
        return defaults(viewer);
    }

    public SpaceFeedbackSettings space(Person viewer, String spaceKey) {
        String name = requireSpaceAdministrator(viewer, spaceKey);
        return new SpaceFeedbackSettings(spaceKey, name, choice(settings.panelOverride(spaceKey)),
                choice(settings.anonymousOverride(spaceKey)), settings.panelEnabled(spaceKey), settings.anonymousAllowed(spaceKey));
    }

    /** Each of {@code panel} and {@code anonymous} is {@code on}, {@code off} or {@code default}; null keeps it. */
    public SpaceFeedbackSettings updateSpace(Person viewer, String spaceKey, String panel, String anonymous) {
        requireSpaceAdministrator(viewer, spaceKey);
        Optional<Boolean> newPanel = panel == null ? settings.panelOverride(spaceKey) : parse("panel", panel);
        Optional<Boolean> newAnonymous = anonymous == null ? settings.anonymousOverride(spaceKey) : parse("anonymous", anonymous);
        settings.setSpace(spaceKey, newPanel.orElse(null), newAnonymous.orElse(null));
        return space(viewer, spaceKey);
    }

    private Optional<Boolean> parse(String field, String value) {
        String choice = value.strip();
        if (!SPACE_CHOICES.contains(choice)) {
            throw HallwayException.invalid(field, texts.get("hallway.macro.error.choice", value, field, String.join(", ", SPACE_CHOICES)));
        }
        return choice.equals("default") ? Optional.empty() : Optional.of(choice.equals("on"));
    }

    private static String choice(Optional<Boolean> override) {
        return override.map(on -> on ? "on" : "off").orElse("default");
    }

    private void requireAdministrator(Person viewer) {
        if (!roles.isAdministrator(viewer.key())) {
            throw HallwayException.forbidden(texts.get("hallway.error.admin-only"));
        }
    }

    /** The space's name; 404 for a space that does not exist, 403 for one the viewer does not administer. */
    private String requireSpaceAdministrator(Person viewer, String spaceKey) {
        String name = spaces.nameOf(spaceKey).orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.space.not-found")));
        if (!spaces.canAdminister(viewer.key(), spaceKey)) {
            throw HallwayException.forbidden(texts.get("hallway.error.space-admin-only"));
        }
        return name;
    }
}
