package app.hallway.leaders.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DecayTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private final Decay decay = Decay.standard();

    @Test
    void anEventOnTheDayCountsInFull() {
        assertEquals(1.0, decay.weight(AS_OF, AS_OF));
    }

    @Test
    void halvesAtTheHalfLifeAndQuartersAtTwice() {
        assertEquals(0.5, decay.weight(AS_OF.minusDays(180), AS_OF), 1e-15);
        assertEquals(0.25, decay.weight(AS_OF.minusDays(360), AS_OF), 1e-15);
    }

    @Test
    void countsUpToEighteenMonthsBackAndNothingBeyond() {
        LocalDate edge = AS_OF.minusMonths(18);

        assertTrue(decay.weight(edge, AS_OF) > 0);
        assertEquals(0.0, decay.weight(edge.minusDays(1), AS_OF));
        assertEquals(0.0, decay.weight(AS_OF.minusYears(3), AS_OF));
    }

    @Test
    void eventsAfterTheReportDateCountNothing() {
        assertEquals(0.0, decay.weight(AS_OF.plusDays(1), AS_OF));
    }

    @Test
    void followsAConfiguredHalfLife() {
        Decay monthly = new Decay(30, Period.ofMonths(18));

        assertEquals(0.5, monthly.weight(AS_OF.minusDays(30), AS_OF), 1e-15);
    }

    @Test
    void rejectsAHalfLifeOrWindowThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new Decay(0, Period.ofMonths(18)));
        assertThrows(IllegalArgumentException.class, () -> new Decay(180, Period.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Decay(180, Period.ofMonths(-1)));
    }
}
