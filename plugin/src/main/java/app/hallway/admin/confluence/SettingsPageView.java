package app.hallway.admin.confluence;

import app.hallway.admin.Configuration;
import app.hallway.leaders.LeaderSettings;

/**
 * What {@code templates/admin/settings.vm} shows: the configuration as it applies (a stored value out of range
 * shows as the default that is used), and the bounds of the form's number fields (the ones {@code Configure}
 * checks). Immutable.
 */
public final class SettingsPageView {
    private final Configuration configuration;

    SettingsPageView(Configuration configuration) {
        this.configuration = configuration;
    }

    public String getHrGroups() {
        return configuration.hrGroups();
    }

    public int getReminderDaysBefore() {
        return configuration.reminderDaysBefore();
    }

    public int getLeaderHalfLifeDays() {
        return configuration.leaderHalfLifeDays();
    }

    public String getDepartmentGroups() {
        return configuration.departmentGroups();
    }

    public int getRawRetentionDays() {
        return configuration.rawRetentionDays();
    }

    public int getRollupRetentionMonths() {
        return configuration.rollupRetentionMonths();
    }

    public int getMinRollupRetentionMonths() {
        return LeaderSettings.MIN_ROLLUP_RETENTION_MONTHS;
    }

    public int getMaxRollupRetentionMonths() {
        return LeaderSettings.MAX_ROLLUP_RETENTION_MONTHS;
    }

    public int getLeaderResamples() {
        return configuration.leaderResamples();
    }

    public int getMinResamples() {
        return LeaderSettings.MIN_RESAMPLES;
    }

    public int getMaxResamples() {
        return LeaderSettings.MAX_RESAMPLES;
    }

    public int getLeaderThreads() {
        return configuration.leaderThreads();
    }

    /** The cluster-wide bound, the same on every node; each node uses at most its cores. */
    public int getMaxThreads() {
        return LeaderSettings.MAX_THREADS;
    }

    public boolean isLeaderCountViews() {
        return configuration.leaderCountViews();
    }
}
