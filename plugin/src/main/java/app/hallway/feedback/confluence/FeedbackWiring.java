package app.hallway.feedback.confluence;

import app.hallway.admin.CachedSettings;
import app.hallway.admin.Settings;
import app.hallway.announce.Announcements;
import app.hallway.feedback.FeedbackItems;
import app.hallway.feedback.FeedbackUseCases;
import app.hallway.feedback.Polls;
import app.hallway.feedback.Reactions;
import app.hallway.leaders.Interactions;
import app.hallway.platform.Contents;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Notifier;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Spaces;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;

/**
 * The feedback feature's use cases built once over the plugin's components, for the feature's adapters
 * (REST resources, the web panel, the poll macro, servlets), and who is asking.
 */
@Named
public final class FeedbackWiring {
    /** How long another node's change to a feedback setting may take to show here (see {@link CachedSettings}). */
    static final Duration SETTINGS_MAX_AGE = Duration.ofSeconds(5);

    private final FeedbackUseCases useCases;
    private final People people;
    private final Texts texts;

    @Inject
    public FeedbackWiring(FeedbackItems items, Reactions reactions, Polls polls, Announcements announcements, Contents contents,
                          Spaces spaces, People people, Settings settings, Notifier notifier, Interactions interactions,
                          Time time, Texts texts) {
        this.useCases = new FeedbackUseCases(new FeedbackUseCases.Ports(items, reactions, polls, announcements, contents,
                spaces, people, new CachedSettings(settings, SETTINGS_MAX_AGE), notifier, interactions, time, texts));
        this.people = people;
        this.texts = texts;
    }

    public FeedbackUseCases useCases() {
        return useCases;
    }

    /** The logged-in person; a 401 for anonymous access, which Hallway never serves. */
    public Person viewer() {
        return people.current().orElseThrow(() -> HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in")));
    }

    public Texts texts() {
        return texts;
    }
}
