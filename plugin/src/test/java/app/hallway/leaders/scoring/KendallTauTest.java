package app.hallway.leaders.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KendallTauTest {

    @Test
    void isOneForTheSameOrderAndMinusOneForTheReverse() {
        double[] x = {1, 2, 3, 4, 5};

        assertEquals(1, KendallTau.tauB(x, new double[] {10, 20, 30, 40, 50}), 1e-15);
        assertEquals(-1, KendallTau.tauB(x, new double[] {5, 4, 3, 2, 1}), 1e-15);
    }

    @Test
    void correctsForTiesOnBothSides() {
        // SciPy's documented example for scipy.stats.kendalltau (variant b).
        double[] x = {12, 2, 1, 12, 2};
        double[] y = {1, 4, 7, 1, 0};

        assertEquals(-0.47140452079103173, KendallTau.tauB(x, y), 1e-12);
    }

    @Test
    void countsScoresEqualToTwelveDigitsAsTied() {
        double[] x = {1.0, 1.0 + 1e-15, 2.0};
        double[] y = {1, 2, 3};

        assertEquals(2 / Math.sqrt(2 * 3), KendallTau.tauB(x, y), 1e-12);
    }

    @Test
    void rejectsSeriesOfDifferentLength() {
        assertThrows(IllegalArgumentException.class, () -> KendallTau.tauB(new double[] {1, 2}, new double[] {1, 2, 3}));
    }
}
