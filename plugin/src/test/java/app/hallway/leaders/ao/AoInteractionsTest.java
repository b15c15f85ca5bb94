package app.hallway.leaders.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.Interaction;
import app.hallway.leaders.InteractionType;
import app.hallway.leaders.LeaderSettings;
import app.hallway.testing.InMemorySettings;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoInteractionsTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final InMemorySettings settings = new InMemorySettings();
    private final AtomicReference<Instant> clock = new AtomicReference<>(NOW);
    /** The log's database, which {@link #days} reads as the report does. */
    private ActiveObjects ao;

    private AoInteractions store(Kind kind) {
        return store(kind, AoInteractions.DELETE_CHUNK);
    }

    /** A store that deletes at most {@code chunk} rows per statement. */
    private AoInteractions store(Kind kind, int chunk) {
        ao = TestDatabases.fresh(kind, InteractionDayEntity.class, InteractionEventEntity.class, RollupArchiveEntity.class, ArchiveGuardEntity.class);
        return new AoInteractions(ao, settings, clock::get, chunk);
    }

    /** A daily rollup as the report reads it. */
    private record Rollup(String actorKey, String targetKey, InteractionType type, LocalDate day, int count) {
    }

    private static Interaction reaction(String actor, String target, Instant at) {
        return new Interaction(actor, target, InteractionType.REACTION, "42", at);
    }

    /** The rollups the report reads for {@code from..to}, through {@link AoInteractionHistory} in pages of three. */
    private List<Rollup> days(String from, String to) {
        List<Rollup> days = new ArrayList<>();
        new AoInteractionHistory(ao, 3).forEachDailyRollup(LocalDate.parse(from), LocalDate.parse(to),
                (actor, target, type, day, count) -> days.add(new Rollup(actor, target, type, LocalDate.ofEpochDay(day), count)));
        days.sort(java.util.Comparator.comparing(Rollup::day).thenComparing(Rollup::actorKey)
                .thenComparing(d -> d.type().name()));
        return days;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void interactionsRollUpPerPairTypeAndDay(Kind kind) {
        AoInteractions log = store(kind);
        log.record(reaction("eli", "hana", NOW));
        log.record(reaction("eli", "hana", NOW.plusSeconds(3600)));
        log.record(new Interaction("eli", "hana", InteractionType.VOTE, "feedback:7", NOW));
        log.record(reaction("sam", "hana", NOW));
        log.record(reaction("eli", "hana", NOW.plus(Duration.ofDays(1))));

        assertEquals(List.of(
                        new Rollup("eli", "hana", InteractionType.REACTION, LocalDate.parse("2026-11-29"), 2),
                        new Rollup("eli", "hana", InteractionType.VOTE, LocalDate.parse("2026-11-29"), 1),
                        new Rollup("sam", "hana", InteractionType.REACTION, LocalDate.parse("2026-11-29"), 1),
                        new Rollup("eli", "hana", InteractionType.REACTION, LocalDate.parse("2026-11-30"), 1)),
                days("2026-11-01", "2026-12-31"));
        assertEquals(1, days("2026-11-30", "2026-11-30").size());
        assertEquals(5, log.rawEvents());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void selfInteractionsAreIgnored(Kind kind) {
        AoInteractions log = store(kind);

        log.record(reaction("eli", "eli", NOW));

        assertEquals(List.of(), days("2026-01-01", "2026-12-31"));
        assertEquals(0, log.rawEvents());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rawEventsAreKeptOnlyAsLongAsRetentionAllows(Kind kind) {
        settings.put(LeaderSettings.RAW_RETENTION_DAYS, "7");
        AoInteractions log = store(kind);
        log.record(reaction("eli", "hana", NOW.minus(Duration.ofDays(10))));
        log.record(reaction("sam", "hana", NOW.minus(Duration.ofDays(3))));
        assertEquals(1, log.rawEvents(), "an event older than retention is rolled up but not kept");

        clock.set(NOW.plus(Duration.ofDays(5)));
        assertEquals(1, log.deleteRawBefore(clock.get().minus(Duration.ofDays(7))));

        assertEquals(0, log.rawEvents());
        assertEquals(2, days("2026-01-01", "2026-12-31").size(), "rollups outlive raw events");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rollupsDatedBeforeTheFirstDayKeptAreDeletedAndTheRestStay(Kind kind) {
        AoInteractions log = store(kind);
        log.record(reaction("eli", "hana", Instant.parse("2023-11-28T23:59:59Z")));
        log.record(reaction("sam", "hana", Instant.parse("2023-11-29T00:00:00Z")));
        log.record(reaction("noa", "hana", NOW));

        assertEquals(1, log.deleteRollupsBefore(LocalDate.parse("2023-11-29")));

        assertEquals(List.of(new Rollup("sam", "hana", InteractionType.REACTION, LocalDate.parse("2023-11-29"), 1),
                        new Rollup("noa", "hana", InteractionType.REACTION, LocalDate.parse("2026-11-29"), 1)),
                days("2000-01-01", "2030-12-31"));
        assertEquals(0, log.deleteRollupsBefore(LocalDate.parse("2023-11-29")), "deleting again finds nothing");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBacklogLargerThanOneChunkIsDeletedWholeAroundTheRowsKept(Kind kind) {
        settings.put(LeaderSettings.RAW_RETENTION_DAYS, "3650");
        AoInteractions log = store(kind, 4);
        for (int k = 0; k < 23; k++) {
            // Old and recent rows interleave in the primary key, as a backfill or a late import makes them.
            log.record(reaction("old-" + k, "hana", Instant.parse("2022-03-01T12:00:00Z").plus(Duration.ofDays(k))));
            if (k % 5 == 0) {
                log.record(reaction("new-" + k, "hana", NOW));
            }
        }

        assertEquals(23, log.deleteRollupsBefore(LocalDate.parse("2023-01-01")));
        assertEquals(23, log.deleteRawBefore(Instant.parse("2023-01-01T00:00:00Z")));

        assertEquals(5, log.rollups());
        assertEquals(5, log.rawEvents());
        assertTrue(days("2000-01-01", "2030-12-31").stream().allMatch(day -> day.actorKey().startsWith("new-")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void retentionZeroKeepsNoRawEvents(Kind kind) {
        settings.put(LeaderSettings.RAW_RETENTION_DAYS, "0");
        AoInteractions log = store(kind);

        log.record(reaction("eli", "hana", NOW));

        assertEquals(0, log.rawEvents());
        assertEquals(1, days("2026-11-29", "2026-11-29").get(0).count());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentInteractionsAreAllCounted(Kind kind) throws Exception {
        AoInteractions log = store(kind);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String actor = Set.of("eli", "sam").toArray(new String[0])[i % 2];
                calls.add(() -> {
                    log.record(reaction(actor, "hana", NOW));
                    return null;
                });
            }
            for (var result : pool.invokeAll(calls)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(60, days("2026-11-29", "2026-11-29").stream().mapToInt(Rollup::count).sum());
        assertEquals(2, days("2026-11-29", "2026-11-29").size());
    }
}
