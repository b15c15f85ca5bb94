package app.hallway.platform.confluence;

import app.hallway.platform.Groups;
import app.hallway.platform.Person;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** {@link Groups} over Confluence's user accessor. */
@Named
public final class ConfluenceGroups implements Groups {
    private final UserAccessor accessor;

    @Inject
    public ConfluenceGroups(UserAccessor accessor) {
        this.accessor = accessor;
    }

    @Override
    public List<Person> members(String groupName) {
        Group group = accessor.getGroup(groupName);
        if (group == null) {
            return List.of();
        }
        List<Person> members = new ArrayList<>();
        for (ConfluenceUser user : accessor.getMembers(group)) {
            if (user != null && user.getKey() != null) {
                members.add(new Person(user.getKey().getStringValue(), user.getName(), user.getFullName()));
            }
        }
        return members;
    }
}
