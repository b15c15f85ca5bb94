package app.hallway.feedback;

import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a {@code hallway-poll} macro for the person viewing the page: registers the instance (so it has an
 * identity votes can refer to), and shows the form, the viewer's ballot and whatever results they may see.
 */
public final class ShowPoll {
    private final Polls polls;
    private final PollStates states;
    private final Texts texts;

    ShowPoll(Polls polls, PollStates states, Texts texts) {
        this.polls = polls;
        this.states = states;
        this.texts = texts;
    }

    /**
     * @param pageId      the page the macro is on; 0 in the editor's preview of an unsaved page
     * @param macroId     its {@code ac:macro-id}; null before Confluence assigns one
     * @param interactive false in exports (PDF, e-mail): no form
     */
    public PollView forMacro(Optional<Person> viewer, long pageId, String macroId, Map<String, String> parameters, boolean interactive) {
        PollParameters parsed = PollParameters.parse(parameters);
        List<String> problems = parsed.problems().stream()
                .map(problem -> texts.get(problem.messageKey(), problem.arguments().toArray()))
                .toList();
        if (parsed.definition().isEmpty()) {
            return PollStates.invalid(problems);
        }
        String viewerKey = viewer.map(Person::key).orElse(null);
        PollDefinition definition = parsed.definition().get();
        if (pageId <= 0 || macroId == null || macroId.isBlank()) {
            return states.preview(definition, viewerKey, problems);
        }
        Poll previous = polls.byInstance(pageId, macroId).orElse(null);
        Poll poll = polls.register(pageId, macroId, definition.keepingAnonymityOf(previous));
        return states.of(viewerKey, poll, interactive, problems);
    }
}
