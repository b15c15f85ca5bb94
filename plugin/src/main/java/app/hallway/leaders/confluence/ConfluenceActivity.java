package app.hallway.leaders.confluence;

import app.hallway.leaders.Activity;
import app.hallway.leaders.InteractionType;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.User;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads Confluence's content objects into {@link Activity}: who acted, whose contribution they took up, on which
 * page, and whether the page is one the report never uses. A page is left out when it lives in a personal space
 * or is restricted: it has view restrictions of its own or inherits some from an ancestor (the test Confluence's
 * own page-restriction code makes). A comment counts on the page or blog post it belongs to.
 */
final class ConfluenceActivity {
    /** Confluence's name for view restrictions ({@code ContentPermission.VIEW_PERMISSION}). */
    static final String VIEW = "View";

    private final ContentPermissionManager restrictions;
    private final UserAccessor users;

    ConfluenceActivity(ContentPermissionManager restrictions, UserAccessor users) {
        this.restrictions = restrictions;
        this.users = users;
    }

    /**
     * @param actor who acted; the activity is dropped later when there is none
     * @param content what they acted on: a page, a blog post or a comment
     * @param targets whose contributions were taken up
     */
    Activity activity(InteractionType type, User actor, ContentEntityObject content, Set<String> targets, String body, Instant at) {
        ContentEntityObject page = page(content);
        return new Activity(type, key(actor), targets, page == null ? null : page.getIdAsString(), body, excluded(page), at);
    }

    /** The creator of {@code content}, and for a reply the author of the comment replied to. */
    Set<String> owners(ContentEntityObject content) {
        Set<String> owners = new LinkedHashSet<>();
        addKey(owners, content == null ? null : content.getCreator());
        return owners;
    }

    /** For a new comment: the page's creator and, for a reply, the author of the comment replied to. */
    Set<String> commentTargets(Comment comment) {
        Set<String> targets = owners(comment.getContainer());
        if (comment.getParent() != null) {
            addKey(targets, comment.getParent().getCreator());
        }
        return targets;
    }

    /** The page or blog post a piece of content belongs to. */
    static ContentEntityObject page(ContentEntityObject content) {
        return content instanceof Comment comment ? comment.getContainer() : content;
    }

    /** True for content the report must not use, and for content it cannot judge (no page at all). */
    boolean excluded(ContentEntityObject page) {
        if (page == null) {
            return true;
        }
        if (page instanceof SpaceContentEntityObject inSpace) {
            Space space = inSpace.getSpace();
            if (space != null && space.isPersonal()) {
                return true;
            }
        }
        return !restrictions.getContentPermissionSets(page, VIEW).isEmpty()
                || !restrictions.getInheritedContentPermissionSets(page).isEmpty();
    }

    /** A user's key; a plain {@link User} (as a like event carries) is looked up by name. */
    String key(User user) {
        if (user == null) {
            return null;
        }
        ConfluenceUser confluenceUser = user instanceof ConfluenceUser known ? known : users.getUserByName(user.getName());
        return confluenceUser == null || confluenceUser.getKey() == null ? null : confluenceUser.getKey().getStringValue();
    }

    private void addKey(Set<String> keys, User user) {
        String key = key(user);
        if (key != null) {
            keys.add(key);
        }
    }
}
