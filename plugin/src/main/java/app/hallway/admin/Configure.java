package app.hallway.admin;

import app.hallway.announce.RemindToAcknowledge;
import app.hallway.leaders.LeaderSettings;
import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.LeaderCriteria;
import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and changes {@link Configuration}; administrators only. A change is checked whole before any of it
 * is written, so a bad field leaves every setting as it was.
 */
public final class Configure {
    static final String REMINDER_DAYS_BEFORE = RemindToAcknowledge.DAYS_BEFORE;
    static final String HALF_LIFE_DAYS = LeaderSettings.HALF_LIFE_DAYS;
    static final String DEPARTMENT_GROUPS = LeaderSettings.DEPARTMENT_GROUPS;
    static final String RAW_RETENTION_DAYS = LeaderSettings.RAW_RETENTION_DAYS;
    static final String ROLLUP_RETENTION_MONTHS = LeaderSettings.ROLLUP_RETENTION_MONTHS;
    static final String RESAMPLES = LeaderSettings.RESAMPLES;
    static final String THREADS = LeaderSettings.THREADS;
    static final String COUNT_VIEWS = LeaderSettings.COUNT_VIEWS;
    static final Configuration DEFAULTS = new Configuration(Roles.DEFAULT_HR_GROUP, RemindToAcknowledge.DEFAULT_DAYS_BEFORE,
            Decay.DEFAULT_HALF_LIFE_DAYS, LeaderSettings.DEFAULT_DEPARTMENT_GROUPS, LeaderSettings.DEFAULT_RAW_RETENTION_DAYS,
            LeaderSettings.DEFAULT_ROLLUP_RETENTION_MONTHS, LeaderCriteria.standard().resamples(),
            LeaderSettings.defaultThreads(), false);

    /** Reminders go out at most this many days before the due date. */
    static final int MAX_REMINDER_DAYS_BEFORE = 60;
    private static final Map<String, String> LABELS = Map.of(
            "hrGroups", "hallway.admin.settings.hr-groups",
            "reminderDaysBefore", "hallway.admin.settings.reminder-days",
            "departmentGroups", "hallway.admin.settings.departments",
            "leaderHalfLifeDays", "hallway.admin.settings.half-life",
            "rawRetentionDays", "hallway.admin.settings.raw-retention",
            "rollupRetentionMonths", "hallway.admin.settings.rollup-retention",
            "leaderResamples", "hallway.admin.settings.resamples",
            "leaderThreads", "hallway.admin.settings.threads");

    private final Settings settings;
    private final Roles roles;
    private final People people;
    private final Texts texts;

    public Configure(Settings settings, People people, Texts texts) {
        this.settings = settings;
        this.roles = new Roles(people, settings);
        this.people = people;
        this.texts = texts;
    }

    /**
     * The report's numbers are read as the report reads them ({@link LeaderSettings}: a stored value out of its
     * range reads as the default), so the page shows what applies, and a value the form would refuse never
     * comes back to it. Threads are shown as configured, before each node caps them at its cores.
     */
    public Configuration read(String viewerKey) {
        requireAdministrator(viewerKey);
        LeaderSettings report = new LeaderSettings(settings);
        return new Configuration(
                settings.get(Roles.HR_GROUPS, DEFAULTS.hrGroups()),
                number(REMINDER_DAYS_BEFORE, DEFAULTS.reminderDaysBefore()),
                report.halfLifeDays(),
                settings.get(DEPARTMENT_GROUPS, DEFAULTS.departmentGroups()),
                report.rawRetentionDays(),
                report.rollupRetentionMonths(),
                report.resamples(),
                report.configuredThreads(),
                report.countViews());
    }

    /** Applies the fields that are not null; the others keep their values. */
    public Configuration change(String viewerKey, ConfigurationChange change) {
        Configuration current = read(viewerKey);
        // The settings page sends every field. Group names are checked when they change only: the defaults name
        // groups a site may not have (marketing, hr), and an administrator who changes a reminder must not be told
        // to fix a list they never touched first.
        String hrGroups = changed(change.hrGroups(), current.hrGroups()) ? groups("hrGroups", change.hrGroups()) : null;
        String departments = changed(change.departmentGroups(), current.departmentGroups())
                ? groups("departmentGroups", change.departmentGroups()) : null;
        checkRange("reminderDaysBefore", change.reminderDaysBefore(), 0, MAX_REMINDER_DAYS_BEFORE);
        checkRange("leaderHalfLifeDays", change.leaderHalfLifeDays(), LeaderSettings.MIN_HALF_LIFE_DAYS,
                LeaderSettings.MAX_HALF_LIFE_DAYS);
        checkRange("rawRetentionDays", change.rawRetentionDays(), 0, LeaderSettings.MAX_RAW_RETENTION_DAYS);
        checkRange("rollupRetentionMonths", change.rollupRetentionMonths(), LeaderSettings.MIN_ROLLUP_RETENTION_MONTHS,
                LeaderSettings.MAX_ROLLUP_RETENTION_MONTHS);
        checkRange("leaderResamples", change.leaderResamples(), LeaderSettings.MIN_RESAMPLES, LeaderSettings.MAX_RESAMPLES);
        checkRange("leaderThreads", change.leaderThreads(), 1, LeaderSettings.MAX_THREADS);
        if (hrGroups != null) {
            settings.put(Roles.HR_GROUPS, hrGroups);
        }
        if (departments != null) {
            settings.put(DEPARTMENT_GROUPS, departments);
        }
        putNumber(REMINDER_DAYS_BEFORE, change.reminderDaysBefore());
        putNumber(HALF_LIFE_DAYS, change.leaderHalfLifeDays());
        putNumber(RAW_RETENTION_DAYS, change.rawRetentionDays());
        putNumber(ROLLUP_RETENTION_MONTHS, change.rollupRetentionMonths());
        putNumber(RESAMPLES, change.leaderResamples());
        putNumber(THREADS, change.leaderThreads());
        if (change.leaderCountViews() != null) {
            settings.put(COUNT_VIEWS, String.valueOf(change.leaderCountViews()));
        }
        return read(viewerKey);
    }

    private void requireAdministrator(String viewerKey) {
        if (viewerKey == null) {
            throw HallwayException.notLoggedIn(texts.get("hallway.error.not-logged-in"));
        }
        if (!roles.isAdministrator(viewerKey)) {
            throw HallwayException.forbidden(texts.get("hallway.error.admin-only"));
        }
    }

    /** Whether {@code value} names other groups than {@code stored}; null (not given) is no change. */
    private static boolean changed(String value, String stored) {
        return value != null && !names(value).equals(names(stored));
    }

    private static List<String> names(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private String groups(String field, String value) {
        List<String> names = names(value);
        if (names.isEmpty()) {
            throw HallwayException.invalid(field, texts.get("hallway.admin.error.groups-empty", label(field)));
        }
        List<String> unknown = names.stream().filter(name -> !people.groupExists(name)).toList();
        if (!unknown.isEmpty()) {
            throw HallwayException.invalid(field, texts.get("hallway.admin.error.unknown-groups", label(field), String.join(", ", unknown)));
        }
        return names.stream().collect(Collectors.joining(","));
    }

    private void checkRange(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw HallwayException.invalid(field, texts.get("hallway.admin.error.range", label(field), min, max));
        }
    }

    /**
     * The words the settings page labels {@code field} with, for messages people read next to it; the error's
     * {@code field} property keeps the JSON name for scripts.
     */
    private String label(String field) {
        return texts.get(LABELS.getOrDefault(field, field));
    }

    private void putNumber(String key, Integer value) {
        if (value != null) {
            settings.put(key, String.valueOf(value));
        }
    }

    /** A stored count of days, read as the reminder job reads it: not a number, or negative, is the default. */
    private int number(String key, int fallback) {
        try {
            int days = Integer.parseInt(settings.get(key, String.valueOf(fallback)).trim());
            return days < 0 ? fallback : days;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
