package app.hallway.feedback;

import app.hallway.leaders.InteractionType;
import app.hallway.platform.Contents;
import app.hallway.platform.HallwayException;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.util.ArrayList;
import java.util.List;

/**
 * Votes in a poll and reads it back. One ballot per person, replaced when they vote again, until the poll
 * closes. A named person's first ballot in a named poll endorses the poll's page owner; anonymous polls never
 * reach the interaction log.
 */
public final class VoteInPoll {
    private final Polls polls;
    private final PollStates states;
    private final Targets targets;
    private final Contents contents;
    private final Endorsements endorsements;
    private final Time time;
    private final Texts texts;

    VoteInPoll(Polls polls, PollStates states, Targets targets, Contents contents, Endorsements endorsements, Time time, Texts texts) {
        this.polls = polls;
        this.states = states;
        this.targets = targets;
        this.contents = contents;
        this.endorsements = endorsements;
        this.time = time;
        this.texts = texts;
    }

    public PollView read(Person viewer, long pollId) {
        return states.of(viewer.key(), visible(viewer, pollId), true, List.of());
    }

    public PollView vote(Person viewer, long pollId, List<String> choices) {
        Poll poll = visible(viewer, pollId);
        PollDefinition definition = poll.definition();
        if (definition.closedOn(time.today())) {
            throw HallwayException.conflict(texts.get("hallway.error.poll.closed"));
        }
        List<String> ballot = ballot(definition, choices);
        boolean first = polls.vote(pollId, viewer.key(), ballot, time.now());
        if (first && !definition.anonymous()) {
            targets.visible(viewer.key(), ItemKey.content(poll.pageId()))
                    .ifPresent(page -> endorsements.record(InteractionType.VOTE, viewer.key(), page, time.now()));
        }
        return states.of(viewer.key(), polls.byId(pollId).orElse(poll), true, List.of());
    }

    private List<String> ballot(PollDefinition definition, List<String> choices) {
        List<String> ballot = new ArrayList<>();
        for (String choice : choices == null ? List.<String>of() : choices) {
            if (choice == null || !definition.options().contains(choice)) {
                throw HallwayException.invalid("options", texts.get("hallway.error.poll.unknown-option", choice == null ? "" : choice));
            }
            if (!ballot.contains(choice)) {
                ballot.add(choice);
            }
        }
        if (ballot.isEmpty()) {
            throw HallwayException.invalid("options", texts.get("hallway.error.poll.no-choice"));
        }
        if (!definition.multiple() && ballot.size() > 1) {
            throw HallwayException.invalid("options", texts.get("hallway.error.poll.one-choice"));
        }
        return ballot;
    }

    private Poll visible(Person viewer, long pollId) {
        return polls.byId(pollId).filter(poll -> contents.canView(viewer.key(), poll.pageId()))
                .orElseThrow(() -> HallwayException.notFound(texts.get("hallway.error.poll.not-found")));
    }
}
