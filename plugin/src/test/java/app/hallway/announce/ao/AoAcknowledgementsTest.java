package app.hallway.announce.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.announce.Acknowledgement;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoAcknowledgementsTest {
    private static final Instant FIRST = Instant.parse("2026-12-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-11T09:00:00Z");

    private static AoAcknowledgements store(Kind kind) {
        return new AoAcknowledgements(TestDatabases.fresh(kind, AcknowledgementEntity.class));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void acknowledgingTwiceKeepsTheFirstTimestamp(Kind kind) {
        AoAcknowledgements store = store(kind);

        Acknowledgement first = store.acknowledge(1, "eli", 1, 1, FIRST);
        Acknowledgement second = store.acknowledge(1, "eli", 1, 1, LATER);

        assertEquals(FIRST, first.at());
        assertEquals(first, second);
        assertEquals(1, store.countFrom(1, 1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNewRequiredVersionTakesANewAcknowledgement(Kind kind) {
        AoAcknowledgements store = store(kind);
        store.acknowledge(1, "eli", 1, 1, FIRST);

        Acknowledgement again = store.acknowledge(1, "eli", 3, 3, LATER);

        assertEquals(again, store.latest(1, "eli").orElseThrow());
        assertEquals(1, store.countFrom(1, 3));
        assertEquals(2, store.countFrom(1, 1), "the count is of acknowledgements; only raising the required version makes it per person");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void countsAreOfOneAnnouncementFromAVersionOn(Kind kind) {
        AoAcknowledgements store = store(kind);
        store.acknowledge(1, "eli", 1, 1, FIRST);
        store.acknowledge(1, "sam", 2, 1, FIRST);
        store.acknowledge(2, "noa", 2, 1, FIRST);

        assertEquals(2, store.countFrom(1, 1));
        assertEquals(1, store.countFrom(1, 2));
        assertEquals(0, store.countFrom(3, 1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void latestByPersonKeepsEachPersonsHighestVersion(Kind kind) {
        AoAcknowledgements store = store(kind);
        store.acknowledge(1, "eli", 1, 1, FIRST);
        store.acknowledge(1, "eli", 2, 2, LATER);
        store.acknowledge(1, "sam", 1, 1, FIRST);
        store.acknowledge(2, "noa", 1, 1, FIRST);

        Map<String, Acknowledgement> latest = store.latestByPerson(1);

        assertEquals(2, latest.size());
        assertEquals(2, latest.get("eli").version());
        assertEquals(1, latest.get("sam").version());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void latestOfReadsOnePersonsAcknowledgementsOfTheGivenAnnouncements(Kind kind) {
        AoAcknowledgements store = store(kind);
        store.acknowledge(1, "eli", 1, 1, FIRST);
        store.acknowledge(2, "eli", 1, 1, FIRST);
        store.acknowledge(3, "sam", 1, 1, FIRST);

        assertEquals(List.of(1L), List.copyOf(store.latestOf("eli", List.of(1L, 3L)).keySet()));
        assertTrue(store.latestOf("eli", List.of()).isEmpty());
        assertTrue(store.latest(3, "eli").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentAcknowledgementsOfOnePersonLeaveExactlyOne(Kind kind) throws Exception {
        AoAcknowledgements store = store(kind);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Acknowledgement>> clicks = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                Instant at = FIRST.plusMillis(i);
                clicks.add(() -> store.acknowledge(1, "eli", 1, 1, at));
            }
            List<Acknowledgement> results = new ArrayList<>();
            for (Future<Acknowledgement> result : pool.invokeAll(clicks)) {
                results.add(result.get());
            }
            assertEquals(1, store.countFrom(1, 1));
            assertTrue(results.stream().allMatch(results.get(0)::equals), "every click saw the one acknowledgement");
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAnnouncementsRemovesTheirAcknowledgementsOnly(Kind kind) {
        AoAcknowledgements store = store(kind);
        store.acknowledge(1, "eli", 1, 1, FIRST);
        store.acknowledge(2, "eli", 1, 1, FIRST);
        store.acknowledge(3, "sam", 2, 2, LATER);

        store.removeAll(List.of(1L, 2L));

        assertEquals(0, store.countFrom(1, 1) + store.countFrom(2, 1));
        assertTrue(store.latest(1, "eli").isEmpty());
        assertEquals(1, store.countFrom(3, 1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyAcknowledgementAPersonGaveIsFoundOldestFirst(Kind kind) {
        AoAcknowledgements store = store(kind);
        store.acknowledge(2, "eli", 3, 3, LATER);
        store.acknowledge(1, "eli", 1, 1, FIRST);
        store.acknowledge(1, "eli", 2, 2, LATER);
        store.acknowledge(1, "sam", 1, 1, FIRST);

        assertEquals(List.of(new Acknowledgement(1, "eli", 1, 1, FIRST), new Acknowledgement(2, "eli", 3, 3, LATER),
                new Acknowledgement(1, "eli", 2, 2, LATER)), store.givenBy("eli"), "every version, not only the latest");
        assertEquals(List.of(), store.givenBy("noa"));
    }
}
