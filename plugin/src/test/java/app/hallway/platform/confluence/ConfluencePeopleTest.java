package app.hallway.platform.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.hallway.platform.Presence;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.user.Group;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfluencePeopleTest {
    private final UserManager users = mock(UserManager.class);
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final ConfluencePeople people = new ConfluencePeople(users, accessor, mock(PermissionManager.class),
            mock(LocaleManager.class));

    private static ConfluenceUser user(String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        return user;
    }

    @Test
    @SuppressWarnings("deprecation")
    void presenceIsReadForEveryoneInOneBatchedLookupWithDeletedUsersLeftOut() {
        ConfluenceUser eli = user("k-eli");
        ConfluenceUser sam = user("k-sam");
        when(accessor.getUsersByUserKeys(List.of(new UserKey("k-eli"), new UserKey("k-sam"), new UserKey("k-gone"))))
                .thenReturn(List.of(eli, sam));
        when(accessor.isDeactivated(sam)).thenReturn(true);

        Map<String, Presence> presence = people.presenceOf(List.of("k-eli", "k-sam", "k-gone"));

        assertEquals(Map.of("k-eli", Presence.ACTIVE, "k-sam", Presence.DEACTIVATED), presence);
        verify(accessor, times(1)).getUsersByUserKeys(any());
        verify(accessor, never()).getUserByKey(any());
        verify(users, never()).getUserProfile(any(UserKey.class));
    }

    @Test
    void departmentsComeFromOneReadOfEachGroupAndTheFirstGroupWins() {
        Group sales = mock(Group.class);
        Group support = mock(Group.class);
        when(accessor.getGroup("sales")).thenReturn(sales);
        when(accessor.getGroup("support")).thenReturn(support);
        ConfluenceUser eli = user("k-eli");
        ConfluenceUser sam = user("k-sam");
        ConfluenceUser outsider = user("k-out");
        when(accessor.getMembers(sales)).thenReturn(List.of(eli, outsider));
        when(accessor.getMembers(support)).thenReturn(List.of(sam, eli));

        Map<String, Integer> first = people.firstGroupOf(List.of("k-eli", "k-sam", "k-ana"), List.of("sales", "gone", "support"));

        assertEquals(Map.of("k-eli", 0, "k-sam", 2), first, "eli is in sales first; ana in none; the outsider was not asked about");
        verify(accessor, times(1)).getMembers(sales);
        verify(accessor, times(1)).getMembers(support);
        verify(users, never()).isUserInGroup(any(UserKey.class), any());
    }
}
