package app.hallway.leaders;

import app.hallway.admin.Settings;
import app.hallway.leaders.scoring.Decay;
import app.hallway.leaders.scoring.LeaderCriteria;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

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
    /** Fewer resamples than this make the 80 % stability threshold too noisy to mean anything. */
    static final int MIN_RESAMPLES = 20;
    static final int MAX_RESAMPLES = 200;
    public static final String DEFAULT_DEPARTMENT_GROUPS = "engineering,sales,support,marketing,hr";
    /** Longest half-life accepted, about ten years: beyond it decay no longer means anything. */
    static final int MAX_HALF_LIFE_DAYS = 3650;

    private final Settings settings;

    public LeaderSettings(Settings settings) {
        this.settings = settings;
    }

    /** Days after which an interaction counts half; default 180. */
    public int halfLifeDays() {
        return intSetting(HALF_LIFE_DAYS, Decay.DEFAULT_HALF_LIFE_DAYS, 1, MAX_HALF_LIFE_DAYS);
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
     * takes more than two cores from the page views of its node.
     */
    public int threads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return intSetting(THREADS, Math.min(2, cores), 1, Math.max(1, cores));
    }

    /**
     * Bootstrap resamples for the stability gate; default 50 (LEADERS.md). Fewer is faster and noisier: the
     * standard error of an 80 % share is 5.7 points at 50 resamples, 7.3 at 30, 8.9 at 20.
     */
    public int resamples() {
        return intSetting(RESAMPLES, LeaderCriteria.standard().resamples(), MIN_RESAMPLES, MAX_RESAMPLES);
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
