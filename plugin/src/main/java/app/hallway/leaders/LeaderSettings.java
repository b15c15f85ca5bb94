package app.hallway.leaders;

import app.hallway.admin.Settings;
import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.LeaderCriteria;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's settings, read from Hallway's configuration with the method's defaults. A value that does not
 * parse falls back to the default, so a typo in the configuration never stops a report.
 */
public final class LeaderSettings {
    public static final String HALF_LIFE_DAYS = "leaders.half-life-days";
    public static final String DEPARTMENT_GROUPS = "leaders.department-groups";
    public static final String COUNT_VIEWS = "leaders.count-views";
    public static final String THREADS = "leaders.threads";
    public static final String RESAMPLES = "leaders.resamples";
    public static final String RAW_RETENTION_DAYS = "leaders.raw-retention-days";
    public static final String ROLLUP_RETENTION_MONTHS = "leaders.rollup-retention-months";
    /** Not a setting an administrator edits: what the retention job last deleted ({@link RollupsKept}). */
    public static final String ROLLUPS_KEPT_FROM = "leaders.rollups-kept-from";
    /** Fewer resamples than this make the 80 % stability threshold too noisy to mean anything. */
    public static final int MIN_RESAMPLES = 20;
    /** More resamples than this change the stability share by less than its rounding on the page. */
    public static final int MAX_RESAMPLES = 200;
    /**
     * The most threads an administrator may set. Fixed, not per node: the setting is the cluster's, and a bound
     * taken from the cores of the node serving the settings page would refuse there what a larger node stored.
     * Each node caps the value at its own cores where it uses it ({@link #threads()}).
     */
    public static final int MAX_THREADS = 32;
    public static final int DEFAULT_RAW_RETENTION_DAYS = 30;
    public static final int MAX_RAW_RETENTION_DAYS = 3650;
    /**
     * Daily rollups are kept at least this long: the longest report covers a whole scoring window, and its trend
     * compares with the previous period of the same length, so it reads two windows back.
     */
    public static final int MIN_ROLLUP_RETENTION_MONTHS = 2 * (int) Decay.DEFAULT_WINDOW.toTotalMonths();
    public static final int DEFAULT_ROLLUP_RETENTION_MONTHS = MIN_ROLLUP_RETENTION_MONTHS;
    /** Ten years: beyond the longest a report reads, rollups are only history nobody asked to keep. */
    public static final int MAX_ROLLUP_RETENTION_MONTHS = 120;
    public static final String DEFAULT_DEPARTMENT_GROUPS = "engineering,sales,support,marketing,hr";
    /** Longest half-life accepted, about ten years: beyond it decay no longer means anything. */
    /** Shorter than a week, a single quiet week would erase someone's standing. */
    public static final int MIN_HALF_LIFE_DAYS = 7;
    public static final int MAX_HALF_LIFE_DAYS = 3650;

    private final Settings settings;

    public LeaderSettings(Settings settings) {
        this.settings = settings;
    }

    /** Days after which an interaction counts half; default 180. */
    public int halfLifeDays() {
        return intSetting(HALF_LIFE_DAYS, Decay.DEFAULT_HALF_LIFE_DAYS, MIN_HALF_LIFE_DAYS, MAX_HALF_LIFE_DAYS);
    }

    public Decay decay() {
        return new Decay(halfLifeDays(), Decay.DEFAULT_WINDOW);
    }

    /** The groups that make departments, in order: a member of several belongs to the first. */
    public List<String> departmentGroups() {
        String value = settings.get(DEPARTMENT_GROUPS, DEFAULT_DEPARTMENT_GROUPS);
        List<String> groups = List.copyOf(Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(group -> !group.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        return groups.isEmpty() ? List.of(DEFAULT_DEPARTMENT_GROUPS.split(",")) : groups;
    }

    /** Page views count (weight 0.05) only where page analytics are lawful and switched on; off by default. */
    public boolean countViews() {
        return "true".equals(settings.get(COUNT_VIEWS, "false").strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Threads for the bootstrap resamples: by default two, or one on a single core, so that a report never
     * takes more than two cores from the page views of its node. A larger setting is capped at the cores of the
     * node that computes: the setting is the cluster's, and its nodes need not have the same number of cores.
     */
    public int threads() {
        return Math.min(cores(), configuredThreads());
    }

    /** The threads setting as configured (1..{@value #MAX_THREADS}, else the default), before this node's cap. */
    public int configuredThreads() {
        return intSetting(THREADS, defaultThreads(), 1, MAX_THREADS);
    }

    /** Two threads, or one on a single core. */
    public static int defaultThreads() {
        return Math.min(2, cores());
    }

    /**
     * Bootstrap resamples for the stability gate; default 50 (LEADERS.md). Fewer is faster and noisier: the
     * standard error of an 80 % share is 5.7 points at 50 resamples, 7.3 at 30, 8.9 at 20.
     */
    public int resamples() {
        return intSetting(RESAMPLES, LeaderCriteria.standard().resamples(), MIN_RESAMPLES, MAX_RESAMPLES);
    }

    /** Days raw interactions (which name the content) are kept; 0 keeps none. Default 30. */
    public int rawRetentionDays() {
        return intSetting(RAW_RETENTION_DAYS, DEFAULT_RAW_RETENTION_DAYS, 0, MAX_RAW_RETENTION_DAYS);
    }

    /** Months daily rollups are kept; never fewer than the longest report reads. Default 36. */
    public int rollupRetentionMonths() {
        return intSetting(ROLLUP_RETENTION_MONTHS, DEFAULT_ROLLUP_RETENTION_MONTHS, MIN_ROLLUP_RETENTION_MONTHS,
                MAX_ROLLUP_RETENTION_MONTHS);
    }

    /**
     * What the retention job has deleted of the daily rollups, as it recorded after deleting; empty when it never
     * ran here (nothing was deleted) or the record does not parse.
     */
    public Optional<RollupsKept> rollupsKept() {
        return settings.get(ROLLUPS_KEPT_FROM).flatMap(RollupsKept::parse);
    }

    /** Records what a run of the retention job has just deleted; only {@link PruneInteractionLog} writes it. */
    void recordRollupsKept(RollupsKept kept) {
        settings.put(ROLLUPS_KEPT_FROM, kept.value());
    }

    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private int intSetting(String key, int fallback, int min, int max) {
        try {
            int value = Integer.parseInt(settings.get(key, String.valueOf(fallback)).strip());
            return value < min || value > max ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
