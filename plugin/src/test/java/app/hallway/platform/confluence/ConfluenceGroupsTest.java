package app.hallway.platform.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.hallway.platform.Person;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfluenceGroupsTest {
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final ConfluenceGroups groups = new ConfluenceGroups(accessor);

    @Test
    void membersAreReadWithTheirKeysAndNames() {
        Group sales = mock(Group.class);
        ConfluenceUser sam = mock(ConfluenceUser.class);
        when(sam.getKey()).thenReturn(new UserKey("k-sam"));
        when(sam.getName()).thenReturn("sam");
        when(sam.getFullName()).thenReturn("Sam Sales");
        when(accessor.getGroup("sales")).thenReturn(sales);
        when(accessor.getMembers(sales)).thenReturn(List.of(sam));

        assertEquals(List.of(new Person("k-sam", "sam", "Sam Sales")), groups.members("sales"));
    }

    @Test
    void anUnknownGroupHasNoMembers() {
        assertTrue(groups.members("nobody").isEmpty());
    }
}
