package app.hallway.admin.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoSettingsTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSettingReadsBackWhatWasLastWritten(Kind kind) {
        AoSettings settings = new AoSettings(TestDatabases.fresh(kind, SettingEntity.class));

        settings.put("roles.hr-groups", "hr");
        settings.put("roles.hr-groups", "hr, people-ops");

        assertEquals("hr, people-ops", settings.get("roles.hr-groups").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnsetSettingFallsBack(Kind kind) {
        AoSettings settings = new AoSettings(TestDatabases.fresh(kind, SettingEntity.class));

        assertTrue(settings.get("nothing").isEmpty());
        assertEquals("fallback", settings.get("nothing", "fallback"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void longValuesAreKeptWhole(Kind kind) {
        AoSettings settings = new AoSettings(TestDatabases.fresh(kind, SettingEntity.class));
        String reactions = "👍,❤️,🎉,💡,🤔,".repeat(100);

        settings.put("feedback.reactions", reactions);

        assertEquals(reactions, settings.get("feedback.reactions").orElseThrow());
    }
}
