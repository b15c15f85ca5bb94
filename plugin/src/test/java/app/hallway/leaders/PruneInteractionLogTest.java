package app.hallway.leaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.testing.FixedTime;
import app.hallway.testing.InMemoryClusterLocks;
import app.hallway.testing.InMemorySettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;

class PruneInteractionLogTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final InMemorySettings settings = new InMemorySettings();
    private final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    private final FixedTime time = new FixedTime(TODAY);
    private final RecordingLog log = new RecordingLog();
    private final RecordingArchives archives = new RecordingArchives();
    private final PruneInteractionLog prune = new PruneInteractionLog(log, archives, new LeaderSettings(settings), locks, time);

    @Test
    void rawInteractionsGoAfterTheirRetentionInDaysAndRollupsAfterThreeYears() {
        Optional<PruneInteractionLog.Pruned> pruned = prune.run();

        assertEquals(Optional.of(new PruneInteractionLog.Pruned(7, 11)), pruned);
        assertEquals(List.of(time.now().minus(Duration.ofDays(30))), log.rawCutoffs);
        assertEquals(List.of(LocalDate.of(2023, 11, 28)), log.rollupCuts,
                "36 months back is 2023-11-29, but the longest report ending today compares with a period from 2023-11-28");
        assertEquals(List.of(LocalDate.of(2023, 11, 28)), archives.forgotten, "the archived months go with their rollups");
    }

    @Test
    void archivedMonthsOfExpiredRollupsGoEvenWhenThisRunFoundNoRowsLeft() {
        log.rollupsDeleted = 0; // an earlier run deleted the rows and died before forgetting the archives

        prune.run();

        assertEquals(List.of(LocalDate.of(2023, 11, 28)), archives.forgotten);
    }

    @Test
    void aLongerRetentionKeepsRollupsLonger() {
        settings.put(LeaderSettings.ROLLUP_RETENTION_MONTHS, "60");
        settings.put(LeaderSettings.RAW_RETENTION_DAYS, "0");

        prune.run();

        assertEquals(List.of(LocalDate.of(2021, 11, 29)), log.rollupCuts);
        assertEquals(List.of(time.now()), log.rawCutoffs, "retention 0 keeps no raw interaction at all");
    }

    @Test
    void aStoredRetentionShorterThanReportsReadIsIgnored() {
        settings.put(LeaderSettings.ROLLUP_RETENTION_MONTHS, "12");

        prune.run();

        assertEquals(List.of(LocalDate.of(2023, 11, 28)), log.rollupCuts);
    }

    @Test
    void everyDayTheLongestReportAndItsTrendReadIsKeptWhateverTheDate() {
        for (LocalDate today = LocalDate.of(2024, 1, 1); today.isBefore(LocalDate.of(2029, 1, 1)); today = today.plusDays(1)) {
            Period longest = Period.longestEnding(today);
            LocalDate firstKept = PruneInteractionLog.firstRollupDayKept(today, LeaderSettings.MIN_ROLLUP_RETENTION_MONTHS);

            assertFalse(firstKept.isAfter(longest.previous().from()), today.toString());
            assertTrue(firstKept.isAfter(today.minusMonths(LeaderSettings.MIN_ROLLUP_RETENTION_MONTHS).minusDays(4)),
                    "and hardly more: " + today);
        }
    }

    @Test
    void whileAnotherNodePrunesThisOneDeletesNothing() {
        locks.holdElsewhere(PruneInteractionLog.LOCK);

        assertEquals(Optional.empty(), prune.run());
        assertEquals(List.of(), log.rawCutoffs);
        assertEquals(List.of(), log.rollupCuts);
        assertEquals(List.of(), archives.forgotten);
    }

    @Test
    void aRunRecordsTheFirstDayItKeptWithTheRetentionThatDeletedBeforeIt() {
        prune.run();

        assertEquals(Optional.of("2023-11-28;36"), settings.get(LeaderSettings.ROLLUPS_KEPT_FROM));
        assertEquals(Optional.of(new RollupsKept(LocalDate.of(2023, 11, 28), 36)), new LeaderSettings(settings).rollupsKept());
    }

    @Test
    void aRetentionRaisedAfterARunStillRecordsWhatThatRunDeleted() {
        prune.run();
        settings.put(LeaderSettings.ROLLUP_RETENTION_MONTHS, "60");

        prune.run();

        assertEquals(Optional.of("2023-11-28;36"), settings.get(LeaderSettings.ROLLUPS_KEPT_FROM),
                "the rollups before 28 November 2023 are gone, whatever the setting says now");
    }

    @Test
    void aRunThatFailsToDeleteRecordsNothing() {
        log.failRollups = true;

        assertThrows(IllegalStateException.class, prune::run);
        assertEquals(Optional.empty(), settings.get(LeaderSettings.ROLLUPS_KEPT_FROM));
    }

    @Test
    void whileAnotherNodePrunesThisOneRecordsNothing() {
        locks.holdElsewhere(PruneInteractionLog.LOCK);

        prune.run();

        assertEquals(Optional.empty(), settings.get(LeaderSettings.ROLLUPS_KEPT_FROM));
    }

    /** Records the cuts it is asked for and answers fixed counts. */
    private static final class RecordingLog implements ExpiredInteractions {
        final List<Instant> rawCutoffs = new ArrayList<>();
        final List<LocalDate> rollupCuts = new ArrayList<>();
        long rollupsDeleted = 11;
        boolean failRollups;

        @Override
        public long deleteRawBefore(Instant cutoff) {
            rawCutoffs.add(cutoff);
            return 7;
        }

        @Override
        public long deleteRollupsBefore(LocalDate firstDayKept) {
            rollupCuts.add(firstDayKept);
            if (failRollups) {
                throw new IllegalStateException("the database went away mid-delete");
            }
            return rollupsDeleted;
        }
    }

    /** Records the months it is told to forget. */
    private static final class RecordingArchives implements RollupArchives {
        final List<LocalDate> forgotten = new ArrayList<>();

        @Override
        public int compactClosedMonths(LocalDate today, DoubleConsumer progress) {
            throw new AssertionError("retention never archives");
        }

        @Override
        public void forgetMonthsBefore(LocalDate firstKeptDay) {
            forgotten.add(firstKeptDay);
        }
    }
}
