package app.hallway.leaders.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SirSpreadingTest {

    @Test
    void withCertainInfectionEveryoneWhoEndorsesTransitivelyIsReached() {
        // 1 → 0 and 2 → 1: news from 0 reaches 1 and then 2; news from 2 reaches no one.
        WeightedDigraph chain = new WeightedDigraphBuilder(3).addEdge(1, 0, 1).addEdge(2, 1, 1).build();

        double[] influence = new SirSpreading(chain, 1.0, 10, 1).influence();

        assertArrayEquals(new double[] {3, 2, 1}, influence, 0);
    }

    @Test
    void withoutInfectionOnlyTheSeedIsEverInfected() {
        double[] influence = new SirSpreading(Network.karate().bothWays(), 0.0, 10, 1).influence();

        for (double size : influence) {
            assertEquals(1, size);
        }
    }

    @Test
    void aHubSpreadsFurtherThanALeaf() {
        WeightedDigraphBuilder star = new WeightedDigraphBuilder(11);
        for (int leaf = 1; leaf <= 10; leaf++) {
            star.addEdge(leaf, 0, 1).addEdge(0, leaf, 1);
        }

        double[] influence = new SirSpreading(star.build(), 0.3, 2_000, 7).influence();

        assertEquals(1 + 10 * 0.3, influence[0], 0.1);
        assertTrue(influence[0] > influence[1]);
    }

    @Test
    void epidemicThresholdIsMeanDegreeOverMeanSquaredDegree() {
        assertEquals((2.0 + 1 + 1) / (4 + 1 + 1), SirSpreading.epidemicThreshold(new int[] {2, 1, 1}), 1e-15);
    }

    @Test
    void isReproducibleForAGivenSeed() {
        WeightedDigraph graph = Network.dolphins().bothWays();

        assertArrayEquals(new SirSpreading(graph, 0.15, 100, 3).influence(), new SirSpreading(graph, 0.15, 100, 3).influence());
    }
}
