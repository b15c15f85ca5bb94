package app.hallway.leaders.confluence;

import app.hallway.admin.Roles;
import app.hallway.admin.Settings;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import com.atlassian.plugin.web.Condition;
import jakarta.inject.Inject;
import java.util.Map;

/** Shows a web item to HR and administrators only: the link to the opinion-leader report for HR. */
public final class HrCondition implements Condition {
    private final People people;
    private final Roles roles;

    @Inject
    public HrCondition(People people, Settings settings) {
        this.people = people;
        this.roles = new Roles(people, settings);
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return people.current().map(Person::key).map(roles::isHr).orElse(false);
    }
}
