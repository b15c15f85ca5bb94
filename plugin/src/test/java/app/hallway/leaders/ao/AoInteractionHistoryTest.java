package app.hallway.leaders.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.Interaction;
import app.hallway.leaders.InteractionType;
import app.hallway.testing.FixedTime;
import app.hallway.testing.InMemorySettings;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoInteractionHistoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Instant on(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    private record Logs(AoInteractions writer, AoInteractionHistory reader) {
    }

    /** The log as the feedback feature writes it, read in pages of three rows. */
    private static Logs logs(Kind kind) {
        ActiveObjects ao = TestDatabases.fresh(kind, InteractionDayEntity.class, InteractionEventEntity.class, RollupArchiveEntity.class, ArchiveGuardEntity.class);
        return new Logs(new AoInteractions(ao, new InMemorySettings(), new FixedTime(TODAY)), new AoInteractionHistory(ao, 3));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsEveryRollupOfThePeriodOnceAcrossPages(Kind kind) {
        Logs logs = logs(kind);
        for (int day = 0; day < 10; day++) {
            logs.writer().record(new Interaction("k-eli", "k-sam", InteractionType.COMMENT, "101", on(TODAY.minusDays(day))));
            logs.writer().record(new Interaction("k-eli", "k-sam", InteractionType.COMMENT, "101", on(TODAY.minusDays(day))));
            logs.writer().record(new Interaction("k-noa", "k-sam", InteractionType.LIKE, "102", on(TODAY.minusDays(day))));
        }
        Map<LocalDate, Integer> comments = new HashMap<>();
        List<String> likes = new ArrayList<>();
        Thread caller = Thread.currentThread();

        logs.reader().forEachDailyRollup(TODAY.minusDays(6), TODAY.minusDays(1), (actor, target, type, day, count) -> {
            assertEquals(caller, Thread.currentThread(), "the readers hand their pages to the caller");
            if (type == InteractionType.COMMENT) {
                comments.merge(LocalDate.ofEpochDay(day), count, Integer::sum);
            } else {
                likes.add(actor + ">" + target + "@" + day);
            }
        });

        assertEquals(6, comments.size());
        assertTrue(comments.values().stream().allMatch(count -> count == 2), comments.toString());
        assertEquals(6, likes.size());
        assertEquals(20, logs.reader().countDailyRollups(TODAY.minusDays(9), TODAY));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEmptyLogReadsNothing(Kind kind) {
        List<String> read = new ArrayList<>();

        logs(kind).reader().forEachDailyRollup(TODAY.minusDays(9), TODAY, (actor, target, type, day, count) -> read.add(actor));

        assertEquals(List.of(), read);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retainedInteractionsNameTheirContent(Kind kind) {
        Logs logs = logs(kind);
        for (int k = 0; k < 7; k++) {
            logs.writer().record(new Interaction("k-eli", "k-sam", InteractionType.COMMENT, "page-" + k, on(TODAY.minusDays(k))));
        }
        List<String> content = new ArrayList<>();

        logs.reader().forEachRetainedInteraction(TODAY.minusDays(4), TODAY, interaction -> content.add(interaction.contentId()));

        assertEquals(List.of("page-0", "page-1", "page-2", "page-3", "page-4"), content.stream().sorted().toList());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPersonSeesTheirOwnRollupsAndCanEraseThem(Kind kind) {
        Logs logs = logs(kind);
        logs.writer().record(new Interaction("k-eli", "k-sam", InteractionType.COMMENT, "101", on(TODAY)));
        logs.writer().record(new Interaction("k-sam", "k-eli", InteractionType.LIKE, "102", on(TODAY)));
        logs.writer().record(new Interaction("k-noa", "k-ana", InteractionType.LIKE, "103", on(TODAY)));
        List<String> eli = new ArrayList<>();

        logs.reader().forEachInvolving("k-eli", (day, type, given, count) -> eli.add(type + (given ? " given" : " received")));
        int erased = logs.reader().eraseInvolving("k-eli");

        assertEquals(List.of("COMMENT given", "LIKE received"), eli.stream().sorted().toList());
        assertEquals(4, erased, "two rollups and two raw events");
        List<String> left = new ArrayList<>();
        logs.reader().forEachDailyRollup(TODAY, TODAY, (actor, target, type, day, count) -> left.add(actor));
        assertEquals(List.of("k-noa"), left);
    }
}
