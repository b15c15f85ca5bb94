package app.hallway.leaders.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoObjectionsTest {
    private static final Instant FIRST = Instant.parse("2026-11-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void objectingAgainKeepsTheFirstDate(Kind kind) {
        AoObjections objections = new AoObjections(TestDatabases.fresh(kind, ObjectionEntity.class));

        objections.object("k-ana", FIRST);
        objections.object("k-ana", FIRST.plusSeconds(3600));

        assertEquals(FIRST, objections.objectedAt("k-ana").orElseThrow());
        assertEquals(Set.of("k-ana"), objections.all());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void withdrawingRemovesTheObjection(Kind kind) {
        AoObjections objections = new AoObjections(TestDatabases.fresh(kind, ObjectionEntity.class));
        objections.object("k-ana", FIRST);
        objections.object("k-eli", FIRST);

        objections.withdraw("k-ana");
        objections.withdraw("k-nobody");

        assertTrue(objections.objectedAt("k-ana").isEmpty());
        assertEquals(Set.of("k-eli"), objections.all());
    }
}
