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
            Optional<RollupsKept> keptToday = Optional.of(new RollupsKept(
                    PruneInteractionLog.firstRollupDayKept(today, LeaderSettings.MIN_ROLLUP_RETENTION_MONTHS),
                    LeaderSettings.MIN_ROLLUP_RETENTION_MONTHS));
            for (int days : new int[] {1, 31, 92, 183, 366, longest.days()}) {
                Period period = new Period(today.minusDays(days - 1L), today);

                assertEquals(Optional.empty(), RetentionCut.of(period, keptToday), period + " computed on " + today);
            }
        }
    }

    @Test
    void aPeriodOrItsPreviousPeriodStartingADayBeforeTheFirstDayKeptIsCut() {
        LocalDate firstKept = LocalDate.of(2023, 3, 12);
        Optional<RollupsKept> kept = Optional.of(new RollupsKept(firstKept, 36));
        Period previousStartsOnIt = new Period(firstKept.plusDays(10), firstKept.plusDays(19));
        Period previousStartsTheDayBefore = new Period(firstKept.plusDays(9), firstKept.plusDays(18));
        Period startsOnIt = new Period(firstKept, firstKept.plusDays(9));
        Period startsTheDayBefore = new Period(firstKept.minusDays(1), firstKept.plusDays(8));

        assertEquals(Optional.empty(), RetentionCut.of(previousStartsOnIt, kept));
        assertEquals(Optional.of(new RetentionCut(firstKept, 36)), RetentionCut.of(previousStartsTheDayBefore, kept));
        assertFalse(RetentionCut.of(previousStartsTheDayBefore, kept).orElseThrow().cutsReport(previousStartsTheDayBefore));
        assertFalse(RetentionCut.of(startsOnIt, kept).orElseThrow().cutsReport(startsOnIt));
        assertTrue(RetentionCut.of(startsTheDayBefore, kept).orElseThrow().cutsReport(startsTheDayBefore));
    }

    @Test
    void nothingIsCutWhileTheRetentionJobHasDeletedNothing() {
        Period longAgo = new Period(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31));

        assertEquals(Optional.empty(), RetentionCut.of(longAgo, Optional.empty()));
    }

    @Test
    void aRunUnderALongerRetentionDoesNotBringBackWhatAnEarlierRunDeleted() {
        RollupsKept deletedUnder36 = new RollupsKept(LocalDate.of(2023, 11, 28), 36);
        RollupsKept runUnder60 = new RollupsKept(LocalDate.of(2021, 11, 30), 60);
        RollupsKept nextDayUnder36 = new RollupsKept(LocalDate.of(2023, 11, 29), 36);

        assertEquals(deletedUnder36, runUnder60.after(Optional.of(deletedUnder36)));
        assertEquals(nextDayUnder36, nextDayUnder36.after(Optional.of(deletedUnder36)));
        assertEquals(runUnder60, runUnder60.after(Optional.empty()), "the first run ever keeps what it kept");
    }

    @Test
    void theRecordReadsBackAndAMangledOneMeansNothingKnownDeleted() {
        RollupsKept kept = new RollupsKept(LocalDate.of(2023, 11, 28), 36);

        assertEquals("2023-11-28;36", kept.value());
        assertEquals(Optional.of(kept), RollupsKept.parse(kept.value()));
        assertEquals(Optional.empty(), RollupsKept.parse("2023-11-28"));
        assertEquals(Optional.empty(), RollupsKept.parse("2023-13-01;36"));
        assertEquals(Optional.empty(), RollupsKept.parse("2023-11-28;three"));
    }
}
