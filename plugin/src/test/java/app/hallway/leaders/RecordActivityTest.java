package app.hallway.leaders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordActivityTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final List<Interaction> recorded = new ArrayList<>();
    private final RecordActivity record = new RecordActivity(recorded::add);

    private static Activity comment(String actor, Set<String> targets, String body, boolean excluded) {
        return new Activity(InteractionType.COMMENT, actor, targets, "101", body, excluded, NOW);
    }

    @Test
    void aCommentEndorsesThePageOwnerAndTheAuthorRepliedTo() {
        record.record(comment("eli", Set.of("sam", "noa"), "<p>Agreed</p>", false));

        assertEquals(Set.of("sam", "noa"), Set.copyOf(recorded.stream().map(Interaction::targetKey).toList()));
        assertEquals(Set.of(InteractionType.COMMENT), Set.copyOf(recorded.stream().map(Interaction::type).toList()));
    }

    @Test
    void mentionsInTheTextEndorseTheMentioned() {
        record.record(comment("eli", Set.of(), "<p>Thanks <ac:link><ri:user ri:userkey=\"k-ana\"/></ac:link>!</p>", false));

        assertEquals(List.of(new Interaction("eli", "k-ana", InteractionType.MENTION, "101", NOW)), recorded);
    }

    @Test
    void commentingOnYourOwnPageCountsNothing() {
        record.record(comment("eli", Set.of("eli"), "<ri:user ri:userkey=\"eli\"/>", false));

        assertEquals(List.of(), recorded);
    }

    @Test
    void personalSpacesAndRestrictedPagesAreLeftOut() {
        record.record(comment("eli", Set.of("sam"), "", true));

        assertEquals(List.of(), recorded);
    }

    @Test
    void anonymousActivityIsNeverRecorded() {
        record.record(comment(null, Set.of("sam"), "", false));

        assertEquals(List.of(), recorded);
    }

    @Test
    void anEditEndorsesThePageOwnerAndOnlyTheNewlyMentioned() {
        Activity edit = new Activity(InteractionType.EDIT, "eli", Set.of("sam"), "101",
                "<ri:user ri:userkey=\"k-ana\"/> and now <ri:user ri:userkey=\"k-noa\"/>", false, NOW);

        record.recordEdit(edit, "<p>Ask <ri:user ri:userkey=\"k-ana\"/></p>");

        assertEquals(List.of(new Interaction("eli", "sam", InteractionType.EDIT, "101", NOW),
                new Interaction("eli", "k-noa", InteractionType.MENTION, "101", NOW)), recorded);
    }

    @Test
    void editingYourOwnPageOrARestrictedOneCountsNothing() {
        record.recordEdit(new Activity(InteractionType.EDIT, "eli", Set.of("eli"), "101", "", false, NOW), "");
        record.recordEdit(new Activity(InteractionType.EDIT, "eli", Set.of("sam"), "101", "", true, NOW), "");

        assertEquals(List.of(), recorded);
    }
}
