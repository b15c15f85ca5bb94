package app.hallway.announce.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.announce.ReminderStep;
import app.hallway.announce.SentReminder;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import net.java.ao.DBParam;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoRemindersTest {
    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-11T09:00:00Z");

    private static AoReminders store(Kind kind) {
        return new AoReminders(TestDatabases.fresh(kind, ReminderEntity.class));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStepIsClaimedOncePerPersonAndVersion(Kind kind) {
        AoReminders store = store(kind);

        assertTrue(store.claim(1, 1, "eli", ReminderStep.BEFORE_DUE, NOW));
        assertFalse(store.claim(1, 1, "eli", ReminderStep.BEFORE_DUE, NOW.plusSeconds(3600)));
        assertTrue(store.claim(1, 1, "eli", ReminderStep.OVERDUE, NOW));
        assertTrue(store.claim(1, 2, "eli", ReminderStep.BEFORE_DUE, NOW));
        assertTrue(store.claim(1, 1, "sam", ReminderStep.BEFORE_DUE, NOW));

        assertEquals(Set.of("eli", "sam"), store.sent(1, 1, ReminderStep.BEFORE_DUE));
        assertEquals(Set.of("eli"), store.sent(1, 1, ReminderStep.OVERDUE));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReleasedClaimCanBeClaimedAgain(Kind kind) {
        AoReminders store = store(kind);
        store.claim(1, 1, "eli", ReminderStep.BEFORE_DUE, NOW);

        store.release(1, 1, "eli", ReminderStep.BEFORE_DUE);

        assertTrue(store.sent(1, 1, ReminderStep.BEFORE_DUE).isEmpty());
        assertTrue(store.claim(1, 1, "eli", ReminderStep.BEFORE_DUE, NOW));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAnnouncementsRemovesTheirReminderLogOnly(Kind kind) {
        AoReminders store = store(kind);
        store.claim(1, 1, "eli", ReminderStep.BEFORE_DUE, NOW);
        store.claim(2, 1, "eli", ReminderStep.BEFORE_DUE, NOW);

        store.removeAll(List.of(1L));

        assertEquals(Set.of(), store.sent(1, 1, ReminderStep.BEFORE_DUE));
        assertEquals(Set.of("eli"), store.sent(2, 1, ReminderStep.BEFORE_DUE));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPersonsRemindersAreFoundByTheirKeyOldestFirst(Kind kind) {
        AoReminders store = store(kind);
        store.claim(2, 1, "eli", ReminderStep.OVERDUE, LATER);
        store.claim(1, 1, "eli", ReminderStep.BEFORE_DUE, NOW);
        store.claim(1, 1, "sam", ReminderStep.BEFORE_DUE, NOW);

        assertEquals(List.of(new SentReminder(1, 1, ReminderStep.BEFORE_DUE, NOW), new SentReminder(2, 1, ReminderStep.OVERDUE, LATER)),
                store.sentTo("eli"));
        assertEquals(List.of(), store.sentTo("noa"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void forgettingDeletesExactlyTheGivenEntriesOfThatPerson(Kind kind) {
        AoReminders store = store(kind);
        store.claim(1, 1, "eli", ReminderStep.BEFORE_DUE, NOW);
        store.claim(1, 1, "eli", ReminderStep.OVERDUE, LATER);
        store.claim(1, 1, "sam", ReminderStep.BEFORE_DUE, NOW);
        SentReminder beforeDue = new SentReminder(1, 1, ReminderStep.BEFORE_DUE, NOW);

        assertEquals(1, store.forget("eli", List.of(beforeDue, beforeDue, new SentReminder(9, 1, ReminderStep.OVERDUE, NOW))));

        assertEquals(List.of(new SentReminder(1, 1, ReminderStep.OVERDUE, LATER)), store.sentTo("eli"));
        assertEquals(Set.of("sam"), store.sent(1, 1, ReminderStep.BEFORE_DUE), "sam's entry is his");
        assertEquals(0, store.forget("eli", List.of()));
        assertTrue(store.claim(1, 1, "eli", ReminderStep.BEFORE_DUE, LATER), "a forgotten step could be claimed again");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theLogWrittenBeforeTheUserIndexSurvivesTheUpgradeAndIsFoundByPerson(Kind kind) {
        ActiveObjects ao = TestDatabases.fresh(kind, ReminderEntityBeforeUserIndex.class);
        ao.create(ReminderEntityBeforeUserIndex.class, new DBParam("REMINDER_KEY", "1/1/overdue/eli"), new DBParam("ANNOUNCEMENT_ID", 1L),
                new DBParam("ACK_VERSION", 1), new DBParam("REMINDER_STEP", "overdue"), new DBParam("USER_KEY", "eli"),
                new DBParam("SENT_AT", Date.from(NOW)));

        ao.migrate(ReminderEntity.class);
        AoReminders store = new AoReminders(ao);

        assertEquals(List.of(new SentReminder(1, 1, ReminderStep.OVERDUE, NOW)), store.sentTo("eli"));
        assertFalse(store.claim(1, 1, "eli", ReminderStep.OVERDUE, LATER), "never the same step twice across the upgrade");
    }
}

