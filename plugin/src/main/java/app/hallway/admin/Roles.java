package app.hallway.admin;

import app.hallway.platform.People;
import java.util.Arrays;

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
        if (userKey == null) {
            return false;
        }
        return isAdministrator(userKey) || Arrays.stream(settings.get(HR_GROUPS, DEFAULT_HR_GROUP).split(","))
                .map(String::trim)
                .filter(group -> !group.isEmpty())
                .anyMatch(group -> people.isInGroup(userKey, group));
    }
}
