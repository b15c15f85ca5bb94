package app.hallway.leaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.testing.InMemorySettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderSettingsTest {
    private final InMemorySettings stored = new InMemorySettings();
    private final LeaderSettings settings = new LeaderSettings(stored);

    @Test
    void theMethodsDefaultsApplyUntilSomethingIsSet() {
        assertEquals(180, settings.halfLifeDays());
        assertEquals(List.of("engineering", "sales", "support", "marketing", "hr"), settings.departmentGroups());
        assertFalse(settings.countViews());
        assertEquals(50, settings.resamples());
        assertTrue(settings.threads() >= 1 && settings.threads() <= 2);
    }

    @Test
    void aValueThatDoesNotParseOrIsOutOfRangeFallsBackToTheDefault() {
        stored.put(LeaderSettings.HALF_LIFE_DAYS, "half a year");
        stored.put(LeaderSettings.RESAMPLES, "5");
        stored.put(LeaderSettings.DEPARTMENT_GROUPS, " , ");

        assertEquals(180, settings.halfLifeDays());
        assertEquals(50, settings.resamples(), "fewer than 20 resamples would make the stability gate meaningless");
        assertEquals(5, settings.departmentGroups().size());
    }

    @Test
    void departmentGroupsKeepTheirOrderWithoutDuplicatesOrBlanks() {
        stored.put(LeaderSettings.DEPARTMENT_GROUPS, "sales, engineering,,sales , legal");
        stored.put(LeaderSettings.HALF_LIFE_DAYS, " 90 ");
        stored.put(LeaderSettings.COUNT_VIEWS, "TRUE");

        assertEquals(List.of("sales", "engineering", "legal"), settings.departmentGroups());
        assertEquals(90, settings.halfLifeDays());
        assertTrue(settings.countViews());
    }

    @Test
    void retentionDefaultsKeepRawRecordsAMonthAndRollupsForTwoScoringWindows() {
        assertEquals(30, settings.rawRetentionDays());
        assertEquals(36, settings.rollupRetentionMonths());

        stored.put(LeaderSettings.ROLLUP_RETENTION_MONTHS, "35");
        assertEquals(36, settings.rollupRetentionMonths(), "fewer months than the longest report reads fall back");
    }

    @Test
    void moreThreadsThanThisNodeHasCoresAreCappedAtItsCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        stored.put(LeaderSettings.THREADS, String.valueOf(LeaderSettings.MAX_THREADS));

        assertEquals(Math.min(cores, LeaderSettings.MAX_THREADS), settings.threads(), "the setting is the cluster's; a smaller node uses what it has");
        assertEquals(LeaderSettings.MAX_THREADS, settings.configuredThreads(), "as configured, for the settings page");
    }
}
