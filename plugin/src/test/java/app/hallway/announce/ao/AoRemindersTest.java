package app.hallway.announce.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.announce.ReminderStep;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoRemindersTest {
    private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");

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
}
