package app.hallway.feedback;

import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Slice;
import app.hallway.platform.Texts;
import java.util.List;

/** Reads reactions: an item's counts and mine, and who gave a reaction (shown on hover and focus). */
public final class ShowReactions {
    private final Targets targets;
    private final Reactions reactions;
    private final ReactionBars bars;
    private final FeedbackSettings settings;
    private final People people;
    private final Texts texts;

    ShowReactions(Targets targets, Reactions reactions, FeedbackSettings settings, People people, Texts texts) {
        this.targets = targets;
        this.reactions = reactions;
        this.bars = new ReactionBars(reactions, settings);
        this.settings = settings;
        this.people = people;
        this.texts = texts;
    }

    public ReactionBar of(Person viewer, String contentId) {
        return bars.forItem(viewer.key(), targets.visible(viewer.key(), contentId).contentId());
    }

    /** Display names of the people who gave {@code reaction}, oldest first, a page at a time. */
    public Slice<String> who(Person viewer, String contentId, String reaction, Integer limit, String cursor) {
        Target target = targets.visible(viewer.key(), contentId);
        String known = settings.reactions().match(reaction).orElseThrow(() -> HallwayException.invalid("reaction",
                texts.get("hallway.error.reaction.unknown", reaction == null ? "" : reaction, settings.reactions().toString())));
        int size = Paging.limit(limit, texts);
        long[] after = Paging.decode(cursor, 1, texts);
        List<Reactions.Reactor> found = reactions.who(target.contentId(), known, after == null ? 0 : after[0], size + 1);
        List<Reactions.Reactor> page = found.subList(0, Math.min(size, found.size()));
        List<String> names = page.stream()
                .map(r -> people.byKey(r.userKey()).map(Person::displayName).orElse(texts.get("hallway.person.unknown")))
                .toList();
        String next = found.size() > size ? Paging.encode(page.get(page.size() - 1).position()) : null;
        return new Slice<>(names, next);
    }
}
