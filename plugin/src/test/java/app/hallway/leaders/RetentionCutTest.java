package app.hallway.leaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionCutTest {
    @Test
    void everyDayAReportOfAnyLengthEndingThatDayIsWhollyKeptWithItsTrend() {
        for (LocalDate today = LocalDate.of(2024, 1, 1); today.isBefore(LocalDate.of(2029, 1, 1)); today = today.plusDays(1)) {
            Period longest = Period.longestEnding(today);
            for (int days : new int[] {1, 31, 92, 183, 366, longest.days()}) {
                Period period = new Period(today.minusDays(days - 1L), today);

                assertEquals(Optional.empty(), RetentionCut.of(period, today, LeaderSettings.MIN_ROLLUP_RETENTION_MONTHS),
                        period + " computed on " + today);
            }
        }
    }

    @Test
    void aPeriodOrItsPreviousPeriodStartingADayBeforeTheFirstDayKeptIsCut() {
        LocalDate today = LocalDate.of(2026, 3, 12);
        LocalDate firstKept = PruneInteractionLog.firstRollupDayKept(today, 36);
        Period previousStartsOnIt = new Period(firstKept.plusDays(10), firstKept.plusDays(19));
        Period previousStartsTheDayBefore = new Period(firstKept.plusDays(9), firstKept.plusDays(18));
        Period startsOnIt = new Period(firstKept, firstKept.plusDays(9));
        Period startsTheDayBefore = new Period(firstKept.minusDays(1), firstKept.plusDays(8));

        assertEquals(LocalDate.of(2023, 3, 12), firstKept);
        assertEquals(Optional.empty(), RetentionCut.of(previousStartsOnIt, today, 36));
        assertEquals(Optional.of(new RetentionCut(firstKept, 36)), RetentionCut.of(previousStartsTheDayBefore, today, 36));
        assertFalse(RetentionCut.of(previousStartsTheDayBefore, today, 36).orElseThrow().cutsReport(previousStartsTheDayBefore));
        assertFalse(RetentionCut.of(startsOnIt, today, 36).orElseThrow().cutsReport(startsOnIt));
        assertTrue(RetentionCut.of(startsTheDayBefore, today, 36).orElseThrow().cutsReport(startsTheDayBefore));
    }
}
