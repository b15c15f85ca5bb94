package app.hallway.leaders.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.InteractionType;
import app.hallway.testing.TestDatabases.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Archived months ({@link AoInteractionHistory} as {@code RollupArchives}): the report must see exactly the
 * rollups the rows hold, whether a month is read from its archive or its rows, and an archive must never show
 * what has been deleted from the rows.
 */
class RollupArchivesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final DoubleConsumer IGNORED = fraction -> { };

    private static final int AUGUST = ArchivedMonths.monthOf((int) LocalDate.of(2026, 8, 1).toEpochDay());

    private static ArchivedLog aLog(Kind kind) {
        return filled(new ArchivedLog(kind));
    }

    /** Rollups from mid-August to today: August, September and October are closed, November is not. */
    private static ArchivedLog filled(ArchivedLog log) {
        InteractionType[] types = InteractionType.values();
        for (int day = 0; day < 105; day++) {
            LocalDate date = TODAY.minusDays(day);
            log.rollup("k-eli", "k-sam", types[day % types.length], date, 1 + day % 4)
                    .rollup("k-noa", "k-sam", InteractionType.LIKE, date, 1)
                    .rollup("k-sam", "k-noa", InteractionType.COMMENT, date, 2)
                    .rollup("k-josé", "k-eli", InteractionType.KUDOS, date, day % 3 == 0 ? 0 : 500_000 + day);
        }
        return log.write();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void archivedMonthsReadExactlyTheRollupsOfTheirRowsIncludingPartMonths(Kind kind) {
        ArchivedLog log = aLog(kind);
        List<String> whole = log.read(TODAY.minusDays(120), TODAY);
        List<String> partMonths = log.read(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 10, 9));
        List<String> insideOneMonth = log.read(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 20));

        int archived = log.history.compactClosedMonths(TODAY, IGNORED);

        assertEquals(3, archived, "August, September, October");
        assertEquals(3, log.archivePieces());
        assertEquals(420, whole.size());
        assertEquals(whole, log.read(TODAY.minusDays(120), TODAY));
        assertEquals(partMonths, log.read(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 10, 9)));
        assertEquals(64, insideOneMonth.size());
        assertEquals(insideOneMonth, log.read(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 20)));
        assertEquals(0, log.history.compactClosedMonths(TODAY, IGNORED), "nothing new to archive");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMonthIsArchivedOnlyFromTheSecondDayAfterItEnded(Kind kind) {
        ArchivedLog log = new ArchivedLog(kind).rollup("k-eli", "k-sam", InteractionType.LIKE, LocalDate.of(2026, 10, 31), 1).write();

        assertEquals(0, log.history.compactClosedMonths(LocalDate.of(2026, 11, 2), IGNORED));
        assertEquals(1, log.history.compactClosedMonths(LocalDate.of(2026, 11, 3), IGNORED));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void erasingAPersonDeletesEveryArchiveAndTheNextRunArchivesWithoutThem(Kind kind) {
        ArchivedLog log = aLog(kind);
        log.history.compactClosedMonths(TODAY, IGNORED);

        log.history.eraseInvolving("k-noa");

        assertEquals(0, log.archivePieces());
        assertEquals(3, log.history.compactClosedMonths(TODAY, IGNORED));
        List<String> left = log.read(TODAY.minusDays(120), TODAY);
        assertEquals(210, left.size());
        assertTrue(left.stream().noneMatch(visit -> visit.contains("k-noa")), left.toString());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anArchiveWhoseRowsWereDeletedSinceIsPassedOverAndMadeAgain(Kind kind) {
        ArchivedLog log = aLog(kind);
        log.history.compactClosedMonths(TODAY, IGNORED);

        // As a retention cleanup that does not know about archives would: September loses its first week.
        log.deleteRows("ROLLUP_DAY < ? AND ROLLUP_DAY >= ?", (int) LocalDate.of(2026, 9, 8).toEpochDay(),
                (int) LocalDate.of(2026, 9, 1).toEpochDay());

        assertEquals(12, log.read(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10)).size());
        assertEquals(1, log.history.compactClosedMonths(TODAY, IGNORED), "September again");
        assertEquals(12, log.read(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10)).size());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theArchiveOfAMonthWithNoRowsLeftIsDeleted(Kind kind) {
        ArchivedLog log = aLog(kind);
        log.history.compactClosedMonths(TODAY, IGNORED);

        log.deleteRows("ROLLUP_DAY >= ? AND ROLLUP_DAY <= ?", (int) LocalDate.of(2026, 9, 1).toEpochDay(),
                (int) LocalDate.of(2026, 9, 30).toEpochDay());

        assertEquals(List.of(), log.read(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
        assertEquals(0, log.history.compactClosedMonths(TODAY, IGNORED));
        assertEquals(0, log.archiveOf(LocalDate.of(2026, 9, 1)).length);
        assertEquals(2, log.archivePieces());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void forgettingMonthsBeforeADayDeletesTheArchiveOfEveryMonthWithAnEarlierDay(Kind kind) {
        ArchivedLog log = aLog(kind);
        log.history.compactClosedMonths(TODAY, IGNORED);

        log.history.forgetMonthsBefore(LocalDate.of(2026, 9, 15));
        assertEquals(0, log.archiveOf(LocalDate.of(2026, 8, 1)).length);
        assertEquals(0, log.archiveOf(LocalDate.of(2026, 9, 1)).length, "cut in two: made again from what is kept");
        assertEquals(1, log.archiveOf(LocalDate.of(2026, 10, 1)).length);

        log.history.forgetMonthsBefore(LocalDate.of(2026, 10, 1));
        assertEquals(1, log.archiveOf(LocalDate.of(2026, 10, 1)).length);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anArchiveThatIsIncompleteInAnotherFormatOrDamagedIsPassedOverAndMadeAgain(Kind kind) {
        ArchivedLog log = aLog(kind);
        List<String> whole = log.read(TODAY.minusDays(120), TODAY);
        log.history.compactClosedMonths(TODAY, IGNORED);
        RollupArchiveEntity august = log.archiveOf(LocalDate.of(2026, 8, 1))[0];
        august.setChunks(2);
        august.save();
        RollupArchiveEntity september = log.archiveOf(LocalDate.of(2026, 9, 1))[0];
        september.setFormat(MonthArchive.FORMAT + 1);
        september.save();
        RollupArchiveEntity october = log.archiveOf(LocalDate.of(2026, 10, 1))[0];
        october.setPayload("bm90IGFuIGFyY2hpdmU=");
        october.save();

        assertEquals(whole, log.read(TODAY.minusDays(120), TODAY));
        assertEquals(0, log.archiveOf(LocalDate.of(2026, 10, 1)).length, "the damaged one is deleted as it is found");
        assertEquals(3, log.history.compactClosedMonths(TODAY, IGNORED));
        assertEquals(MonthArchive.FORMAT, log.archiveOf(LocalDate.of(2026, 9, 1))[0].getFormat());
        assertEquals(whole, log.read(TODAY.minusDays(120), TODAY));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPersonErasedWhileTheirMonthWasReadIsNotWrittenBackIntoItsArchive(Kind kind) {
        AtomicReference<ArchivedLog> holder = new AtomicReference<>();
        AtomicBoolean erased = new AtomicBoolean();
        ArchivedLog log = filled(new ArchivedLog(kind, new AoInteractionHistory.Pauses(month -> {
            if (month == AUGUST && !erased.getAndSet(true)) {
                holder.get().history.eraseInvolving("k-noa");
            }
        }, month -> { })));
        holder.set(log);

        assertEquals(2, log.history.compactClosedMonths(TODAY, IGNORED), "September and October, read after the erasure");

        assertEquals(0, log.archiveOf(LocalDate.of(2026, 8, 1)).length, "August was read with k-noa: no archive");
        assertEquals(1, log.history.compactClosedMonths(TODAY, IGNORED), "August on the next run");
        assertEquals(1, log.archiveOf(LocalDate.of(2026, 8, 1)).length);
        List<String> left = log.read(TODAY.minusDays(120), TODAY);
        assertEquals(210, left.size());
        assertTrue(left.stream().noneMatch(visit -> visit.contains("k-noa")), left.toString());
    }

    /**
     * Deterministic whichever thread the scheduler favours: the erasure starts once the archive's writer holds the
     * guard, and the writer waits for it to finish (briefly); the erasure must wait for the writer instead, and
     * then delete the archive that still holds the person.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void anErasureWaitsForAnArchiveBeingWrittenAndThenDeletesIt(Kind kind) throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch erased = new CountDownLatch(1);
        AtomicBoolean erasedWhileWriting = new AtomicBoolean();
        ArchivedLog log = new ArchivedLog(kind, new AoInteractionHistory.Pauses(month -> { }, month -> {
            writing.countDown();
            try {
                erasedWhileWriting.set(erased.await(300, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        for (int day = 1; day <= 31; day++) {
            log.rollup("k-noa", "k-sam", InteractionType.LIKE, LocalDate.of(2026, 8, day), 1)
                    .rollup("k-sam", "k-eli", InteractionType.COMMENT, LocalDate.of(2026, 8, day), 2);
        }
        log.write();
        CompletableFuture<Void> erasure = CompletableFuture.runAsync(() -> {
            try {
                writing.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            log.history.eraseInvolving("k-noa");
            erased.countDown();
        });

        assertEquals(1, log.history.compactClosedMonths(TODAY, IGNORED));
        erasure.get(30, TimeUnit.SECONDS);

        assertFalse(erasedWhileWriting.get(), "the erasure finished while the archive was being written");
        assertEquals(0, log.archivePieces(), "the archive written before the erasure is gone with it");
        assertEquals(1, log.history.compactClosedMonths(TODAY, IGNORED));
        List<String> left = log.read(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
        assertEquals(31, left.size());
        assertTrue(left.stream().noneMatch(visit -> visit.contains("k-noa")), left.toString());
    }
}
