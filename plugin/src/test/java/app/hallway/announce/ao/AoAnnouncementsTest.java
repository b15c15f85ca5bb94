package app.hallway.announce.ao;

import static app.hallway.announce.Fixtures.aRegistration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.announce.Announcement;
import app.hallway.announce.Priority;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoAnnouncementsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private static AoAnnouncements store(Kind kind) {
        return new AoAnnouncements(TestDatabases.fresh(kind, AnnouncementEntity.class));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMacroInstanceIsOneAnnouncementAcrossRenders(Kind kind) {
        AoAnnouncements store = store(kind);

        Announcement first = store.register(aRegistration().build());
        Announcement again = store.register(aRegistration().build());

        assertEquals(first, again);
        assertEquals(1, again.version());
        assertEquals(first, store.byId(first.id()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyParameterIsStoredAndReadBack(Kind kind) {
        AoAnnouncements store = store(kind);
        var registration = aRegistration().priority(Priority.URGENT).forGroups("sales", "support")
                .shown(TODAY, TODAY.plusDays(30)).acknowledgedBy(TODAY.plusDays(7)).build();

        Announcement stored = store.byId(store.register(registration).id()).orElseThrow();

        assertEquals(registration.settings(), stored.settings());
        assertEquals("HR", stored.spaceKey());
        assertEquals("hana", stored.publisherKey());
        assertEquals("Offices close on the 24th.", stored.excerpt());
        assertEquals(-1, stored.audienceSize());
        assertEquals(1, stored.requiredVersion());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void changedTextMakesANewVersionOfTheSameAnnouncement(Kind kind) {
        AoAnnouncements store = store(kind);
        Announcement first = store.register(aRegistration().build());

        Announcement edited = store.register(aRegistration().titled("Holidays 2027").text("hash-b").build());

        assertEquals(first.id(), edited.id());
        assertEquals(2, edited.version());
        assertEquals(1, edited.requiredVersion(), "earlier acknowledgements stand until HR asks again");
        assertEquals("Holidays 2027", store.byId(first.id()).orElseThrow().title());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void changedSettingsAreStoredWithoutANewVersion(Kind kind) {
        AoAnnouncements store = store(kind);
        store.register(aRegistration().forGroups("sales").build());

        Announcement retargeted = store.register(aRegistration().forGroups("sales", "support").build());

        assertEquals(1, retargeted.version());
        assertEquals(List.of("sales", "support"), retargeted.settings().audience());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNonHrSaveThatLeavesTheAnnouncementAloneKeepsItsPublisher(Kind kind) {
        AoAnnouncements store = store(kind);
        store.register(aRegistration().savedBy("hana", true).build());

        Announcement afterTypoFix = store.register(aRegistration().savedBy("eli", false).build());
        Announcement afterChange = store.register(aRegistration().text("hash-b").savedBy("eli", false).build());

        assertEquals("hana", afterTypoFix.publisherKey());
        assertEquals("eli", afterChange.publisherKey());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anHrSaveReclaimsTheAnnouncement(Kind kind) {
        AoAnnouncements store = store(kind);
        store.register(aRegistration().savedBy("eli", false).build());

        assertEquals("hana", store.register(aRegistration().savedBy("hana", true).build()).publisherKey());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSameMacroIdOnAnotherPageIsAnotherAnnouncement(Kind kind) {
        AoAnnouncements store = store(kind);

        Announcement original = store.register(aRegistration().on(42, "m-1").build());
        Announcement copy = store.register(aRegistration().on(43, "m-1").build());

        assertNotEquals(original.id(), copy.id());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownIdIsEmpty(Kind kind) {
        assertTrue(store(kind).byId(999_999).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void requiringAVersionOnlyEverRaisesIt(Kind kind) {
        AoAnnouncements store = store(kind);
        long id = store.register(aRegistration().build()).id();
        store.register(aRegistration().text("hash-b").build());
        store.register(aRegistration().text("hash-c").build());

        assertEquals(3, store.requireVersion(id, 3).orElseThrow().requiredVersion());
        assertEquals(3, store.requireVersion(id, 2).orElseThrow().requiredVersion());
        assertEquals(3, store.requireVersion(id, 9).orElseThrow().requiredVersion());
        assertTrue(store.requireVersion(999_999, 1).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theAudienceSizeIsKeptUntilTheAudienceChanges(Kind kind) {
        AoAnnouncements store = store(kind);
        long id = store.register(aRegistration().forGroups("sales").build()).id();

        store.recordAudienceSize(id, 120);
        assertEquals(120, store.register(aRegistration().forGroups("sales").build()).audienceSize());
        assertEquals(-1, store.register(aRegistration().forGroups("support").build()).audienceSize());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void shownOnListsWhatIsShownTodayNewestFirstFilteredBySpaceAndPriority(Kind kind) {
        AoAnnouncements store = store(kind);
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        long old = store.register(aRegistration().on(1, "a").at(t).build()).id();
        long urgent = store.register(aRegistration().on(2, "b").inSpace("ENG").priority(Priority.URGENT).at(t.plusSeconds(60)).build()).id();
        store.register(aRegistration().on(3, "c").shown(TODAY.plusDays(1), null).build());
        store.register(aRegistration().on(4, "d").shown(null, TODAY.minusDays(1)).build());
        long lastDay = store.register(aRegistration().on(5, "e").shown(TODAY.minusDays(3), TODAY).at(t.plusSeconds(120)).build()).id();

        assertEquals(List.of(lastDay, urgent, old), ids(store.shownOn(TODAY, Set.of(), Priority.INFO, 10)));
        assertEquals(List.of(urgent), ids(store.shownOn(TODAY, Set.of("ENG"), Priority.INFO, 10)));
        assertEquals(List.of(urgent), ids(store.shownOn(TODAY, Set.of(), Priority.IMPORTANT, 10)));
        assertEquals(List.of(lastDay, old), ids(store.shownOn(TODAY, Set.of("HR", "OPS"), Priority.INFO, 10)));
        assertEquals(List.of(lastDay), ids(store.shownOn(TODAY, Set.of(), Priority.INFO, 1)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void awaitingAcknowledgementListsDueAnnouncementsStillShown(Kind kind) {
        AoAnnouncements store = store(kind);
        long due = store.register(aRegistration().on(1, "a").forGroups("sales").acknowledgedBy(TODAY).build()).id();
        store.register(aRegistration().on(2, "b").forGroups("sales").acknowledgedBy(null).build());
        store.register(aRegistration().on(3, "c").build());
        store.register(aRegistration().on(4, "d").forGroups("sales").acknowledgedBy(TODAY.minusDays(9))
                .shown(null, TODAY.minusDays(1)).build());

        assertEquals(List.of(due), ids(store.awaitingAcknowledgement(TODAY)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anotherNodesChangeShowsOnThisNodeWithinTheRecentWindow(Kind kind) {
        com.atlassian.activeobjects.external.ActiveObjects shared = TestDatabases.fresh(kind, AnnouncementEntity.class);
        long[] clock = {0};
        AoAnnouncements here = new AoAnnouncements(shared, java.time.Duration.ofSeconds(2), () -> clock[0]);
        AoAnnouncements there = new AoAnnouncements(shared, java.time.Duration.ofSeconds(2), () -> clock[0]);
        long id = here.register(aRegistration().build()).id();
        there.register(aRegistration().text("hash-b").build());
        here.register(aRegistration().text("hash-b").build());

        there.requireVersion(id, 2);
        clock[0] += java.time.Duration.ofSeconds(1).toNanos();
        assertEquals(1, here.register(aRegistration().text("hash-b").build()).requiredVersion(), "remembered for a moment");
        clock[0] += java.time.Duration.ofSeconds(2).toNanos();
        assertEquals(2, here.register(aRegistration().text("hash-b").build()).requiredVersion(), "then read again");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentFirstRendersAgreeOnOneAnnouncement(Kind kind) throws Exception {
        AoAnnouncements store = store(kind);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Announcement>> renders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                renders.add(() -> store.register(aRegistration().on(7, "m-race").build()));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Announcement> result : pool.invokeAll(renders)) {
                ids.add(result.get().id());
            }
            long settled = store.register(aRegistration().on(7, "m-race").build()).id();
            assertTrue(ids.stream().allMatch(id -> id == settled), "every render got the one announcement: " + ids);
        } finally {
            pool.shutdown();
        }
    }

    private static List<Long> ids(List<Announcement> announcements) {
        return announcements.stream().map(Announcement::id).toList();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAPageRemovesItsAnnouncementsOnly(Kind kind) {
        AoAnnouncements store = store(kind);
        Announcement first = store.register(aRegistration().on(42, "m-1").build());
        Announcement second = store.register(aRegistration().on(42, "m-2").build());
        Announcement elsewhere = store.register(aRegistration().on(43, "m-1").build());

        assertEquals(Set.of(first.id(), second.id()), Set.copyOf(store.onPage(42)));
        store.removeOnPage(42);

        assertTrue(store.onPage(42).isEmpty());
        assertTrue(store.byId(first.id()).isEmpty() && store.byId(second.id()).isEmpty());
        assertEquals(elsewhere, store.byId(elsewhere.id()).orElseThrow());
        assertNotEquals(first.id(), store.register(aRegistration().on(42, "m-1").build()).id(), "forgotten, not served from memory");
    }
}
