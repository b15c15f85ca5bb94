package app.hallway.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.leaders.LeaderSettings;
import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.testing.BundleTexts;
import app.hallway.testing.InMemorySettings;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigureTest {
    private final InMemorySettings settings = new InMemorySettings();
    private final Configure configure = new Configure(settings, new Directory(), BundleTexts.english());

    private static ConfigurationChange change(String hrGroups, Integer reminderDays, Integer halfLife) {
        return new ConfigurationChange(hrGroups, reminderDays, halfLife, null, null, null, null, null, null);
    }

    private static ConfigurationChange reportChange(Integer rollupMonths, Integer resamples, Integer threads, Boolean countViews) {
        return new ConfigurationChange(null, null, null, null, null, rollupMonths, resamples, threads, countViews);
    }

    @Test
    void defaultsAreWhatTheFeaturesUseWhenNothingIsSet() {
        Configuration read = configure.read("admin");

        assertEquals("hallway-hr", read.hrGroups());
        assertEquals(3, read.reminderDaysBefore());
        assertEquals(180, read.leaderHalfLifeDays());
        assertEquals(30, read.rawRetentionDays());
        assertEquals(36, read.rollupRetentionMonths(), "two 18-month windows: the longest report and its trend");
        assertEquals(50, read.leaderResamples());
        assertEquals(LeaderSettings.defaultThreads(), read.leaderThreads());
        assertFalse(read.leaderCountViews());
    }

    @Test
    void theReportSettingsAreTheKeysTheReportReads() {
        configure.change("admin", reportChange(48, 30, 1, true));
        LeaderSettings report = new LeaderSettings(settings);

        assertEquals(48, report.rollupRetentionMonths());
        assertEquals(30, report.resamples());
        assertEquals(1, report.threads());
        assertTrue(report.countViews());
    }

    @Test
    void theReportSettingsRoundTripAndCountViewsCanBeSwitchedOffAgain() {
        Configuration changed = configure.change("admin", reportChange(120, 200, 1, true));

        assertEquals(new Configuration("hallway-hr", 3, 180, LeaderSettings.DEFAULT_DEPARTMENT_GROUPS, 30, 120, 200, 1, true),
                changed);
        assertEquals(changed, configure.read("admin"));
        assertFalse(configure.change("admin", reportChange(null, null, null, false)).leaderCountViews());
        assertEquals(200, configure.read("admin").leaderResamples(), "fields left out keep their values");
    }

    @Test
    void rollupsCannotBeKeptShorterThanTheLongestReportWithItsTrendReads() {
        HallwayException refused = assertThrows(HallwayException.class,
                () -> configure.change("admin", reportChange(35, null, null, null)));

        assertEquals("rollupRetentionMonths", refused.field());
        assertEquals("“Daily counts, months kept” must be a whole number from 36 to 120.", refused.getMessage(),
                "the words of the field's label; the field property keeps the JSON name");
        assertEquals(36, configure.read("admin").rollupRetentionMonths());
    }

    @Test
    void outOfRangeReportSettingsAreRefusedNamingTheFieldAndNothingIsWritten() {
        assertEquals("leaderResamples", assertThrows(HallwayException.class,
                () -> configure.change("admin", reportChange(48, 19, null, true))).field());
        assertEquals("leaderResamples", assertThrows(HallwayException.class,
                () -> configure.change("admin", reportChange(null, 201, null, null))).field());
        assertEquals("leaderThreads", assertThrows(HallwayException.class,
                () -> configure.change("admin", reportChange(null, null, 0, null))).field());
        assertEquals("leaderThreads", assertThrows(HallwayException.class,
                () -> configure.change("admin", reportChange(null, null, 33, null))).field());
        assertEquals("rollupRetentionMonths", assertThrows(HallwayException.class,
                () -> configure.change("admin", reportChange(121, null, null, null))).field());

        assertEquals(Configure.DEFAULTS, configure.read("admin"), "the valid fields of a refused change were not written");
    }

    @Test
    void theThreadsBoundIsTheClustersNotTheServingNodes() {
        Configuration stored = configure.change("admin", reportChange(null, null, 32, null));

        assertEquals(32, stored.leaderThreads(), "shown as configured, whatever this node's cores");
        assertEquals(Math.min(32, Runtime.getRuntime().availableProcessors()), new LeaderSettings(settings).threads(),
                "each node uses at most its cores");
        Configuration saved = configure.change("admin", new ConfigurationChange("hr", 3, 180, "engineering",
                30, 36, 50, stored.leaderThreads(), false));
        assertEquals("hr", saved.hrGroups(), "the page sends every field back; the stored threads never block a save");
        HallwayException refused = assertThrows(HallwayException.class,
                () -> configure.change("admin", reportChange(null, null, 33, null)));
        assertEquals("“Threads for a computation” must be a whole number from 1 to 32.", refused.getMessage());
    }

    @Test
    void storedNumbersOutOfRangeShowWhatTheReportApplies() {
        settings.put(LeaderSettings.ROLLUP_RETENTION_MONTHS, "12");
        settings.put(LeaderSettings.RESAMPLES, "5");
        settings.put(LeaderSettings.THREADS, "64");
        settings.put(LeaderSettings.RAW_RETENTION_DAYS, "-1");
        settings.put(LeaderSettings.HALF_LIFE_DAYS, "lots");
        settings.put(Configure.REMINDER_DAYS_BEFORE, "-2");
        LeaderSettings report = new LeaderSettings(settings);

        Configuration read = configure.read("admin");

        assertEquals(report.rollupRetentionMonths(), read.rollupRetentionMonths());
        assertEquals(36, read.rollupRetentionMonths(), "12 months stored, 36 kept: the form's minimum no longer blocks Save");
        assertEquals(50, read.leaderResamples());
        assertEquals(LeaderSettings.defaultThreads(), read.leaderThreads());
        assertEquals(30, read.rawRetentionDays());
        assertEquals(180, read.leaderHalfLifeDays());
        assertEquals(3, read.reminderDaysBefore(), "the reminder job reads a negative number of days as the default");
        settings.put(LeaderSettings.HALF_LIFE_DAYS, "3");
        assertEquals(180, configure.read("admin").leaderHalfLifeDays(), "under the form's week minimum: the default applies");
        settings.put(LeaderSettings.HALF_LIFE_DAYS, "lots");
        assertEquals(read, configure.change("admin", new ConfigurationChange(null, null, read.leaderHalfLifeDays(), null,
                read.rawRetentionDays(), read.rollupRetentionMonths(), read.leaderResamples(), read.leaderThreads(), null)),
                "what the page shows saves as it is");
    }

    @Test
    void anAdministratorChangesOnlyTheFieldsGiven() {
        Configuration changed = configure.change("admin", change(" hr , people-ops ", 5, null));

        assertEquals("hr,people-ops", changed.hrGroups());
        assertEquals(5, changed.reminderDaysBefore());
        assertEquals(180, changed.leaderHalfLifeDays());
    }

    @Test
    void anUnknownGroupIsRefusedNamingTheFieldAndNothingIsWritten() {
        HallwayException refused = assertThrows(HallwayException.class,
                () -> configure.change("admin", change("hr, nosuchgroup", 10, null)));

        assertEquals("hrGroups", refused.field());
        assertEquals("These groups in “HR groups” do not exist: nosuchgroup.", refused.getMessage());
        assertEquals(3, configure.read("admin").reminderDaysBefore(), "the valid field was not written either");
    }

    @Test
    void theWholeFormSavesWithTheDefaultGroupListsUntouchedEvenWhereThoseGroupsDoNotExist() {
        Configuration defaults = configure.read("admin");

        Configuration changed = configure.change("admin", new ConfigurationChange(defaults.hrGroups(), 7, null,
                defaults.departmentGroups().replace(",", ", "), null, null, null, null, null));

        assertEquals(7, changed.reminderDaysBefore());
        assertEquals(defaults.departmentGroups(), changed.departmentGroups(), "kept as it was, not rewritten");
        HallwayException refused = assertThrows(HallwayException.class, () -> configure.change("admin",
                new ConfigurationChange(null, null, null, "engineering,marketing", null, null, null, null, null)));
        assertEquals("departmentGroups", refused.field(), "a changed list is still checked");
    }

    @Test
    void numbersOutOfRangeAreRefusedNamingTheField() {
        HallwayException refused = assertThrows(HallwayException.class, () -> configure.change("admin", change(null, null, 2)));

        assertEquals("leaderHalfLifeDays", refused.field());
        assertEquals(HallwayException.Kind.INVALID, refused.kind());
    }

    @Test
    void onlyAdministratorsMayReadOrChange() {
        assertEquals(HallwayException.Kind.FORBIDDEN, assertThrows(HallwayException.class, () -> configure.read("hana")).kind());
        assertEquals(HallwayException.Kind.NOT_LOGGED_IN, assertThrows(HallwayException.class, () -> configure.read(null)).kind());
    }

    private static final class Directory implements People {
        private static final Set<String> GROUPS = Set.of("hr", "people-ops", "hallway-hr", "engineering");

        @Override
        public Optional<Person> current() {
            return Optional.empty();
        }

        @Override
        public Optional<Person> byKey(String userKey) {
            return Optional.of(new Person(userKey, userKey, userKey));
        }

        @Override
        public boolean isAdministrator(String userKey) {
            return "admin".equals(userKey);
        }

        @Override
        public boolean isInGroup(String userKey, String group) {
            return false;
        }

        @Override
        public boolean groupExists(String group) {
            return GROUPS.contains(group);
        }

        @Override
        public Locale localeOf(String userKey) {
            return Locale.ENGLISH;
        }
    }
}
