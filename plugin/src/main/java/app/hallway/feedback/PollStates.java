package app.hallway.feedback;

import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a viewer may see of a poll. Results show as the poll says (always, after voting, after closing), and an
 * anonymous poll shows none until at least {@link FeedbackSettings#anonymousPollMinimum()} people voted, so a
 * small poll cannot unmask anyone. Names next to options only ever appear for named polls.
 */
final class PollStates {
    static final int NAMES_PER_OPTION = 10;

    private final Polls polls;
    private final FeedbackSettings settings;
    private final People people;
    private final Time time;
    private final Texts texts;

    PollStates(Polls polls, FeedbackSettings settings, People people, Time time, Texts texts) {
        this.polls = polls;
        this.settings = settings;
        this.people = people;
        this.time = time;
        this.texts = texts;
    }

    /** Why results are hidden, or null when they show. */
    static String hiddenReason(PollDefinition poll, boolean voted, boolean closed, int voters, int anonymousMinimum) {
        if (poll.anonymous() && voters < anonymousMinimum) {
            return "too-few";
        }
        return switch (poll.results()) {
            case ALWAYS -> null;
            case AFTER_VOTE -> voted || closed ? null : "after-vote";
            case AFTER_CLOSE -> closed ? null : "after-close";
        };
    }

    PollView of(String viewerKey, Poll poll, boolean interactive, List<String> problems) {
        PollDefinition definition = poll.definition();
        boolean closed = definition.closedOn(time.today());
        List<String> ballot = viewerKey == null ? List.of() : polls.ballot(poll.id(), viewerKey);
        int minimum = settings.anonymousPollMinimum();
        String hidden = hiddenReason(definition, !ballot.isEmpty(), closed, poll.voters(), minimum);
        Map<String, Integer> tally = hidden == null ? polls.tally(poll.id()) : Map.of();
        int total = tally.values().stream().mapToInt(Integer::intValue).sum();
        List<PollOptionView> options = new ArrayList<>();
        for (int i = 0; i < definition.options().size(); i++) {
            String option = definition.options().get(i);
            Integer votes = hidden == null ? tally.getOrDefault(option, 0) : null;
            Integer percent = votes == null ? null : total == 0 ? 0 : Math.round(votes * 100f / total);
            List<String> names = hidden == null && !definition.anonymous() && votes > 0 ? names(poll.id(), option) : List.of();
            options.add(new PollOptionView(i, option, votes, percent, ballot.contains(option), names,
                    votes == null ? null : texts.get("hallway.poll.votes", votes, percent)));
        }
        return new PollView(poll.id(), definition.question(), options, definition.multiple(), definition.anonymous(),
                definition.closes() == null ? null : definition.closes().toString(), closesLabel(viewerKey, definition),
                closed, !ballot.isEmpty(), interactive && viewerKey != null && !closed,
                hidden, hidden == null ? null : texts.get("hallway.poll.hidden." + hidden, minimum),
                poll.voters(), texts.get("hallway.poll.voters", poll.voters()), interactive, problems);
    }

    /** A poll whose macro is not saved yet: shown, not open for votes. */
    PollView preview(PollDefinition definition, String viewerKey, List<String> problems) {
        List<PollOptionView> options = new ArrayList<>();
        for (int i = 0; i < definition.options().size(); i++) {
            options.add(new PollOptionView(i, definition.options().get(i), null, null, false, List.of(), null));
        }
        return new PollView(null, definition.question(), options, definition.multiple(), definition.anonymous(),
                definition.closes() == null ? null : definition.closes().toString(), closesLabel(viewerKey, definition),
                definition.closedOn(time.today()), false, false, "unsaved", texts.get("hallway.poll.hidden.unsaved"),
                0, texts.get("hallway.poll.voters", 0), false, problems);
    }

    static PollView invalid(List<String> problems) {
        return new PollView(null, null, List.of(), false, false, null, null, false, false, false, null, null, 0, null, false, problems);
    }

    private String closesLabel(String viewerKey, PollDefinition definition) {
        if (definition.closes() == null) {
            return null;
        }
        return new DateLabels(viewerKey == null ? java.util.Locale.getDefault() : people.localeOf(viewerKey)).day(definition.closes());
    }

    private List<String> names(long pollId, String option) {
        return polls.votersFor(pollId, option, NAMES_PER_OPTION).stream()
                .map(key -> people.byKey(key).map(Person::displayName).orElse(texts.get("hallway.person.unknown")))
                .toList();
    }
}
