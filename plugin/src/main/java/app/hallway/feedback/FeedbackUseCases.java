package app.hallway.feedback;

import app.hallway.admin.Roles;
import app.hallway.admin.Settings;
import app.hallway.announce.AnnouncementAccess;
import app.hallway.announce.Announcements;
import app.hallway.leaders.Interactions;
import app.hallway.leaders.RecordActivity;
import app.hallway.platform.Contents;
import app.hallway.platform.Notifier;
import app.hallway.platform.People;
import app.hallway.platform.Spaces;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;

/**
 * The feedback feature's use cases, built once over its ports. Plain Java: the Confluence adapters get one of
 * these from their Spring wiring, tests build it over in-memory ports.
 */
public final class FeedbackUseCases {
    private final React react;
    private final ShowReactions showReactions;
    private final GiveFeedback giveFeedback;
    private final ChangeFeedback changeFeedback;
    private final SupportFeedback supportFeedback;
    private final AnswerFeedback answerFeedback;
    private final ListFeedback listFeedback;
    private final FeedbackInbox inbox;
    private final ShowFeedbackPanel panel;
    private final ShowPoll showPoll;
    private final VoteInPoll voteInPoll;
    private final ConfigureFeedback configure;
    private final RemovePageFeedback removePage;
    private final FeedbackPrivacy privacy;

    /** The ports the feature uses. */
    public record Ports(FeedbackItems items, Reactions reactions, Polls polls, Announcements announcements,
                        Contents contents, Spaces spaces, People people, Settings settings, Notifier notifier,
                        Interactions interactions, Time time, Texts texts) {
    }

    public FeedbackUseCases(Ports ports) {
        FeedbackSettings settings = new FeedbackSettings(ports.settings());
        Roles roles = new Roles(ports.people(), ports.settings());
        Targets targets = new Targets(ports.contents(), ports.announcements(),
                new AnnouncementAccess(roles, ports.people(), ports.contents()), ports.items(), ports.time(), ports.texts());
        Endorsements endorsements = new Endorsements(new RecordActivity(ports.interactions()));
        ReactionBars bars = new ReactionBars(ports.reactions(), settings);
        FeedbackCards cards = new FeedbackCards(ports.items(), bars, ports.people(), ports.contents(), ports.texts());
        PollStates pollStates = new PollStates(ports.polls(), settings, ports.people(), ports.time(), ports.texts());
        this.react = new React(targets, ports.reactions(), settings, endorsements, ports.time(), ports.texts());
        this.showReactions = new ShowReactions(targets, ports.reactions(), settings, ports.people(), ports.texts());
        this.giveFeedback = new GiveFeedback(targets, ports.items(), cards, settings, endorsements, ports.time(), ports.texts());
        this.changeFeedback = new ChangeFeedback(targets, ports.items(), ports.reactions(), cards, settings, ports.time(), ports.texts());
        this.supportFeedback = new SupportFeedback(targets, ports.items(), settings, endorsements, ports.time(), ports.texts());
        this.answerFeedback = new AnswerFeedback(targets, ports.items(), cards, roles, ports.notifier(), ports.people(),
                endorsements, ports.time(), ports.texts());
        this.listFeedback = new ListFeedback(targets, ports.items(), cards, ports.texts());
        this.inbox = new FeedbackInbox(ports.items(), cards, ports.contents(), roles, ports.time(), ports.texts());
        this.panel = new ShowFeedbackPanel(ports.contents(), settings, bars, listFeedback, roles, ports.texts());
        this.showPoll = new ShowPoll(ports.polls(), pollStates, ports.texts());
        this.voteInPoll = new VoteInPoll(ports.polls(), pollStates, targets, ports.contents(), endorsements, ports.time(), ports.texts());
        this.configure = new ConfigureFeedback(settings, roles, ports.spaces(), ports.texts());
        this.removePage = new RemovePageFeedback(ports.items(), ports.reactions(), ports.polls());
        this.privacy = new FeedbackPrivacy(ports.items(), ports.reactions(), ports.polls(), ports.contents(), ports.texts());
    }

    public React react() {
        return react;
    }

    public ShowReactions showReactions() {
        return showReactions;
    }

    public GiveFeedback giveFeedback() {
        return giveFeedback;
    }

    public ChangeFeedback changeFeedback() {
        return changeFeedback;
    }

    public SupportFeedback supportFeedback() {
        return supportFeedback;
    }

    public AnswerFeedback answerFeedback() {
        return answerFeedback;
    }

    public ListFeedback listFeedback() {
        return listFeedback;
    }

    public FeedbackInbox inbox() {
        return inbox;
    }

    public ShowFeedbackPanel panel() {
        return panel;
    }

    public ShowPoll showPoll() {
        return showPoll;
    }

    public VoteInPoll voteInPoll() {
        return voteInPoll;
    }

    public ConfigureFeedback configure() {
        return configure;
    }

    public RemovePageFeedback removePage() {
        return removePage;
    }

    public FeedbackPrivacy privacy() {
        return privacy;
    }
}
