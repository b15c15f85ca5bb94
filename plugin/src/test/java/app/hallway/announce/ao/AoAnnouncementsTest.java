package app.hallway.announce.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.announce.Announcement;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoAnnouncementsTest {

    private static AoAnnouncements store(Kind kind) {
        return new AoAnnouncements(TestDatabases.fresh(kind, AnnouncementEntity.class));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMacroInstanceIsOneAnnouncementAcrossRenders(Kind kind) {
        AoAnnouncements store = store(kind);

        Announcement first = store.register(42, "m-1", "Holidays", "hash-a");
        Announcement again = store.register(42, "m-1", "Holidays", "hash-a");

        assertEquals(first.id(), again.id());
        assertEquals(1, again.version());
        assertEquals(first, store.byId(first.id()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void changedTextMakesANewVersionOfTheSameAnnouncement(Kind kind) {
        AoAnnouncements store = store(kind);
        Announcement first = store.register(42, "m-1", "Holidays", "hash-a");

        Announcement edited = store.register(42, "m-1", "Holidays 2027", "hash-b");

        assertEquals(first.id(), edited.id());
        assertEquals(2, edited.version());
        assertEquals("Holidays 2027", store.byId(first.id()).orElseThrow().title());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSameMacroIdOnAnotherPageIsAnotherAnnouncement(Kind kind) {
        AoAnnouncements store = store(kind);

        Announcement original = store.register(42, "m-1", "Holidays", "hash-a");
        Announcement copy = store.register(43, "m-1", "Holidays", "hash-a");

        assertNotEquals(original.id(), copy.id());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownIdIsEmpty(Kind kind) {
        assertTrue(store(kind).byId(999_999).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentFirstRendersAgreeOnOneAnnouncement(Kind kind) throws Exception {
        AoAnnouncements store = store(kind);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Announcement>> renders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                renders.add(() -> store.register(7, "m-race", "Race", "hash"));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Announcement> result : pool.invokeAll(renders)) {
                ids.add(result.get().id());
            }
            long settled = store.register(7, "m-race", "Race", "hash").id();
            assertTrue(ids.stream().allMatch(id -> id == settled), "every render got the one announcement: " + ids);
        } finally {
            pool.shutdown();
        }
    }
}
