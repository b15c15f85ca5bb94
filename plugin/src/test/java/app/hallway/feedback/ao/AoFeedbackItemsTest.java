package app.hallway.feedback.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.feedback.FeedbackCursor;
import app.hallway.feedback.FeedbackItem;
import app.hallway.feedback.FeedbackItems.SupportChange;
import app.hallway.feedback.FeedbackItems.SupportVote;
import app.hallway.feedback.FeedbackOrder;
import app.hallway.feedback.FeedbackStatus;
import app.hallway.feedback.InboxFilter;
import app.hallway.feedback.NewFeedbackItem;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoFeedbackItemsTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:15:30.123Z");

    private static AoFeedbackItems store(Kind kind) {
        return new AoFeedbackItems(TestDatabases.fresh(kind, FeedbackItemEntity.class, FeedbackVoteEntity.class));
    }

    private static NewFeedbackItem named(long page, String author, String text, Instant at) {
        return new NewFeedbackItem(page, "NEWS", author, text, at);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anItemReadsBackAsWritten(Kind kind) {
        AoFeedbackItems items = store(kind);
        String text = "Line one\nLine <b>two</b> ✨ " + "x".repeat(1900);

        FeedbackItem created = items.create(named(42, "eli", text, NOW));

        assertEquals(created, items.byId(created.id()).orElseThrow());
        assertEquals(text, created.text());
        assertEquals("eli", created.authorKey());
        assertEquals(NOW, created.created());
        assertEquals(FeedbackStatus.OPEN, created.status());
        assertTrue(created.id() > 0 && created.id() < (1L << 53));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAnonymousItemStoresNoAuthor(Kind kind) {
        AoFeedbackItems items = store(kind);

        FeedbackItem created = items.create(new NewFeedbackItem(42, "NEWS", null, "Say it", Instant.parse("2026-11-29T00:00:00Z")));

        FeedbackItem read = items.byId(created.id()).orElseThrow();
        assertNull(read.authorKey());
        assertTrue(read.anonymous());
        assertEquals(Instant.parse("2026-11-29T00:00:00Z"), read.created());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void idsAreNotASequence(Kind kind) {
        AoFeedbackItems items = store(kind);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(items.create(named(42, "eli", "n" + i, NOW)).id());
        }
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertFalse(sorted.equals(ids), "ids in creation order would tell anonymous items' order: " + ids);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void editingAndAnsweringChangeOnlyWhatTheySay(Kind kind) {
        AoFeedbackItems items = store(kind);
        FeedbackItem item = items.create(named(42, "eli", "first", NOW));

        items.edit(item.id(), "second", NOW.plusSeconds(60));
        FeedbackItem answered = items.answer(item.id(), FeedbackStatus.PLANNED, "In Q3", "hana", NOW.plusSeconds(120));

        assertEquals("second", answered.text());
        assertEquals(NOW.plusSeconds(60), answered.edited());
        assertEquals(FeedbackStatus.PLANNED, answered.status());
        assertEquals("In Q3", answered.response());
        assertEquals("hana", answered.responderKey());
        assertEquals(NOW.plusSeconds(120), answered.responded());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void supportIsCountedOncePerColleague(Kind kind) {
        AoFeedbackItems items = store(kind);
        long id = items.create(named(42, "eli", "idea", NOW)).id();

        assertEquals(new SupportChange(true, true, 1), items.support(id, "sam", NOW));
        assertEquals(new SupportChange(false, false, 1), items.support(id, "sam", NOW));
        assertEquals(new SupportChange(true, true, 2), items.support(id, "noa", NOW));
        assertEquals(new SupportChange(true, false, 1), items.withdrawSupport(id, "sam"));
        assertEquals(new SupportChange(true, false, 2), items.support(id, "sam", NOW));
        assertEquals(2, items.byId(id).orElseThrow().support());
        assertEquals(Set.of(id), items.supportedBy("noa", List.of(id, 99L)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPageListsByMostSupportThenPagesWithACursor(Kind kind) {
        AoFeedbackItems items = store(kind);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = items.create(named(42, "eli", "item " + i, NOW.plusSeconds(i))).id();
            ids.add(id);
            for (int v = 0; v < i; v++) {
                items.support(id, "voter-" + v, NOW);
            }
        }
        items.create(named(43, "eli", "elsewhere", NOW));

        List<FeedbackItem> first = items.onPage(42, FeedbackOrder.SUPPORT, null, 2);
        FeedbackItem last = first.get(1);
        List<FeedbackItem> rest = items.onPage(42, FeedbackOrder.SUPPORT, new FeedbackCursor(last.support(), last.id()), 10);

        assertEquals(List.of(ids.get(4), ids.get(3)), first.stream().map(FeedbackItem::id).toList());
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), rest.stream().map(FeedbackItem::id).toList());
        assertEquals(5, items.countOnPage(42));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void newestFirstPagesThroughEqualTimesWithoutLosingAny(Kind kind) {
        AoFeedbackItems items = store(kind);
        Set<Long> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            created.add(items.create(named(42, null, "same day " + i, Instant.parse("2026-11-29T00:00:00Z"))).id());
        }
        Set<Long> seen = new HashSet<>();
        FeedbackCursor cursor = null;
        for (int page = 0; page < 10; page++) {
            List<FeedbackItem> found = items.onPage(42, FeedbackOrder.NEWEST, cursor, 3);
            found.forEach(item -> assertTrue(seen.add(item.id()), "seen twice: " + item.id()));
            if (found.size() < 3) {
                break;
            }
            FeedbackItem last = found.get(found.size() - 1);
            cursor = new FeedbackCursor(last.created().toEpochMilli(), last.id());
        }
        assertEquals(created, seen);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theInboxFiltersByStatusSpaceAndAge(Kind kind) {
        AoFeedbackItems items = store(kind);
        FeedbackItem old = items.create(named(42, "eli", "old", NOW.minus(Duration.ofDays(40))));
        FeedbackItem recent = items.create(named(42, "eli", "recent", NOW.minus(Duration.ofDays(2))));
        FeedbackItem other = items.create(new NewFeedbackItem(50, "ENG", "sam", "eng", NOW.minus(Duration.ofDays(1))));
        items.answer(recent.id(), FeedbackStatus.DONE, "Done", "hana", NOW);

        assertEquals(List.of(other.id(), recent.id(), old.id()), ids(items.inbox(InboxFilter.everything(), null, 10)));
        assertEquals(List.of(recent.id()), ids(items.inbox(new InboxFilter(FeedbackStatus.DONE, null, null, null), null, 10)));
        assertEquals(List.of(other.id()), ids(items.inbox(new InboxFilter(null, "ENG", null, null), null, 10)));
        assertEquals(List.of(old.id()), ids(items.inbox(new InboxFilter(null, null, null, NOW.minus(Duration.ofDays(30))), null, 10)));
        assertEquals(List.of(other.id(), recent.id()), ids(items.inbox(new InboxFilter(null, null, NOW.minus(Duration.ofDays(7)), null), null, 10)));
        FeedbackItem first = items.inbox(InboxFilter.everything(), null, 1).get(0);
        assertEquals(List.of(recent.id(), old.id()),
                ids(items.inbox(InboxFilter.everything(), new FeedbackCursor(first.created().toEpochMilli(), first.id()), 10)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletingRemovesTheItemAndItsVotes(Kind kind) {
        AoFeedbackItems items = store(kind);
        long id = items.create(named(42, "eli", "gone soon", NOW)).id();
        items.support(id, "sam", NOW);

        items.delete(id);

        assertTrue(items.byId(id).isEmpty());
        assertTrue(items.supportedBy("sam", List.of(id)).isEmpty());
        assertEquals(new SupportChange(false, false, 0), items.support(id, "sam", NOW));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentVotesKeepSupportExact(Kind kind) throws Exception {
        AoFeedbackItems items = store(kind);
        long id = items.create(named(42, "eli", "popular", NOW)).id();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<SupportChange>> voters = new ArrayList<>();
            for (int v = 0; v < 24; v++) {
                String voter = "voter-" + (v % 12);
                boolean withdraw = v >= 12 && v % 2 == 0;
                voters.add(() -> withdraw ? items.withdrawSupport(id, voter) : items.support(id, voter, NOW));
            }
            for (var result : pool.invokeAll(voters)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        int active = 0;
        for (int v = 0; v < 12; v++) {
            active += items.supportedBy("voter-" + v, List.of(id)).size();
        }
        assertEquals(active, items.byId(id).orElseThrow().support());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAPageDeletesItsItemsAndTheirVotesOnly(Kind kind) {
        AoFeedbackItems items = store(kind);
        long gone = items.create(named(42, "eli", "on the removed page", NOW)).id();
        long kept = items.create(named(43, "eli", "elsewhere", NOW)).id();
        items.support(gone, "sam", NOW);
        items.support(kept, "sam", NOW);

        items.deleteOnPage(42);

        assertTrue(items.byId(gone).isEmpty());
        assertEquals(0, items.countOnPage(42));
        assertEquals(List.of(new SupportVote(kept, NOW, true)), items.supportGivenBy("sam"));
        assertEquals(1, items.byId(kept).orElseThrow().support());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPersonsItemsAnswersAndVotesAreFoundForTheirExport(Kind kind) {
        AoFeedbackItems items = store(kind);
        FeedbackItem older = items.create(named(42, "eli", "first", NOW));
        FeedbackItem newer = items.create(named(43, "eli", "second", NOW.plusSeconds(60)));
        items.create(new NewFeedbackItem(42, "NEWS", null, "anonymous", NOW));
        items.answer(older.id(), FeedbackStatus.DONE, "Done", "hana", NOW.plusSeconds(90));
        items.support(newer.id(), "sam", NOW);
        items.withdrawSupport(newer.id(), "sam");

        assertEquals(List.of(newer.id(), older.id()), ids(items.byAuthor("eli")));
        assertEquals(List.of(older.id()), ids(items.answeredBy("hana")));
        assertEquals(List.of(new SupportVote(newer.id(), NOW, false)), items.supportGivenBy("sam"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void erasingSupportLowersOnlyTheSupportItCounted(Kind kind) {
        AoFeedbackItems items = store(kind);
        long counted = items.create(named(42, "eli", "counted", NOW)).id();
        long takenBack = items.create(named(42, "eli", "taken back", NOW)).id();
        items.support(counted, "sam", NOW);
        items.support(counted, "noa", NOW);
        items.support(takenBack, "sam", NOW);
        items.withdrawSupport(takenBack, "sam");
        items.support(takenBack, "noa", NOW);

        assertEquals(2, items.eraseSupportBy("sam"));

        assertEquals(1, items.byId(counted).orElseThrow().support());
        assertEquals(1, items.byId(takenBack).orElseThrow().support());
        assertTrue(items.supportGivenBy("sam").isEmpty());
        assertEquals(new SupportChange(true, true, 2), items.support(counted, "sam", NOW), "a new first vote, nothing remembered");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void erasingSupportWhileOthersVoteKeepsSupportExact(Kind kind) throws Exception {
        AoFeedbackItems items = store(kind);
        long id = items.create(named(42, "eli", "popular", NOW)).id();
        items.support(id, "leaver", NOW);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Callable<Object>> work = new ArrayList<>();
            for (int v = 0; v < 16; v++) {
                String voter = "voter-" + (v % 8);
                boolean withdraw = v >= 8 && v % 2 == 0;
                work.add(() -> withdraw ? items.withdrawSupport(id, voter) : items.support(id, voter, NOW));
            }
            work.add(() -> items.eraseSupportBy("leaver"));
            for (var result : pool.invokeAll(work)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        int active = 0;
        for (int v = 0; v < 8; v++) {
            active += items.supportedBy("voter-" + v, List.of(id)).size();
        }
        assertEquals(active, items.byId(id).orElseThrow().support());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anonymisingAnAuthorLeavesItemsStoredLikeAnonymousOnes(Kind kind) {
        AoFeedbackItems items = store(kind);
        FeedbackItem mine = items.create(named(42, "eli", "my idea", NOW));
        items.edit(mine.id(), "my better idea", NOW.plusSeconds(30));
        items.answer(mine.id(), FeedbackStatus.PLANNED, "Next year", "hana", NOW.plusSeconds(60));
        items.support(mine.id(), "sam", NOW);
        FeedbackItem theirs = items.create(named(42, "noa", "their idea", NOW));

        assertEquals(1, items.anonymiseAuthor("eli"));

        FeedbackItem after = items.byId(mine.id()).orElseThrow();
        assertNull(after.authorKey());
        assertEquals(Instant.parse("2026-11-29T00:00:00Z"), after.created());
        assertNull(after.edited());
        assertEquals("my better idea", after.text());
        assertEquals(FeedbackStatus.PLANNED, after.status());
        assertEquals("hana", after.responderKey());
        assertEquals(1, after.support());
        assertTrue(items.byAuthor("eli").isEmpty());
        assertEquals(theirs, items.byId(theirs.id()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void forgettingAResponderKeepsTheAnswer(Kind kind) {
        AoFeedbackItems items = store(kind);
        long id = items.create(named(42, "eli", "idea", NOW)).id();
        items.answer(id, FeedbackStatus.DONE, "Done", "hana", NOW);

        assertEquals(1, items.forgetResponder("hana"));

        FeedbackItem after = items.byId(id).orElseThrow();
        assertNull(after.responderKey());
        assertEquals("Done", after.response());
        assertEquals(FeedbackStatus.DONE, after.status());
        assertEquals("eli", after.authorKey());
    }

    private static List<Long> ids(List<FeedbackItem> items) {
        return items.stream().map(FeedbackItem::id).toList();
    }
}
