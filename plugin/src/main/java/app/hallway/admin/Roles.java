package app.hallway.admin;

import app.hallway.platform.People;
import java.util.Arrays;
import java.util.List;

/**
 * Who may do what beyond an employee (DESIGN.md, "Roles"): HR are members of the HR groups (setting
 * {@value #HR_GROUPS}, default {@value #DEFAULT_HR_GROUP}); Confluence administrators can do all HR can.
 */
public final class Roles {
    public static final String HR_GROUPS = "roles.hr-groups";
    public static final String DEFAULT_HR_GROUP = "hallway-hr";

    private final People people;
    private final Settings settings;

    public Roles(People people, Settings settings) {
        this.people = people;
        this.settings = settings;
    }

    public boolean isAdministrator(String userKey) {
        return userKey != null && people.isAdministrator(userKey);
    }

    public boolean isHr(String userKey) {
        return userKey != null && isHr(userKey, hrGroups());
    }

    /** The HR groups as configured now; read once when checking several people in one request. */
    public List<String> hrGroups() {
        return Arrays.stream(settings.get(HR_GROUPS, DEFAULT_HR_GROUP).split(","))
                .map(String::trim)
                .filter(group -> !group.isEmpty())
                .toList();
    }

    /** {@link #isHr(String)} against groups already read with {@link #hrGroups()}. */
    public boolean isHr(String userKey, List<String> hrGroups) {
        if (userKey == null) {
            return false;
        }
        return isAdministrator(userKey) || hrGroups.stream().anyMatch(group -> people.isInGroup(userKey, group));
    }
}
