package app.hallway.leaders.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.hallway.leaders.Interaction;
import app.hallway.leaders.InteractionType;
import app.hallway.testing.FixedTime;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.like.LikeCreatedEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.ContentPermissionSet;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityListenerTest {
    private final List<Interaction> recorded = new ArrayList<>();
    private final EventPublisher events = mock(EventPublisher.class);
    private final ContentPermissionManager restrictions = mock(ContentPermissionManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final FixedTime time = new FixedTime(LocalDate.of(2026, 11, 29));
    private final ActivityListener listener = new ActivityListener(events, recorded::add, restrictions, users, time);

    private static ConfluenceUser user(String name) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getKey()).thenReturn(new UserKey("key-" + name));
        return user;
    }

    private static Page page(long id, String spaceKey, ConfluenceUser creator, String body) {
        Page page = new Page();
        page.setId(id);
        page.setSpace(new Space(spaceKey));
        page.setCreator(creator);
        page.setLastModifier(creator);
        page.setBodyAsString(body);
        return page;
    }

    private static Comment comment(long id, ContentEntityObject on, Comment parent, ConfluenceUser author, String body) {
        Comment comment = new Comment();
        comment.setId(id);
        comment.setContainer(on);
        comment.setParent(parent);
        comment.setCreator(author);
        comment.setBodyAsString(body);
        return comment;
    }

    private Interaction interaction(String actor, String target, InteractionType type, String contentId) {
        return new Interaction("key-" + actor, "key-" + target, type, contentId, time.now());
    }

    private static String mention(String name) {
        return "<ac:link><ri:user ri:userkey=\"key-" + name + "\"/></ac:link>";
    }

    @Test
    void registersWithConfluenceAndLeavesWhenDisabled() {
        listener.register();
        listener.unregister();

        verify(events).register(listener);
        verify(events).unregister(listener);
    }

    @Test
    void aReplyEndorsesThePageAuthorTheAuthorRepliedToAndTheMentioned() {
        Page page = page(101, "ENG", user("sam"), "<p>Plan</p>");
        Comment first = comment(901, page, null, user("noa"), "<p>Good</p>");

        listener.onCommentCreated(new CommentCreateEvent(this, comment(902, page, first, user("eli"), "<p>Agreed " + mention("ana") + "</p>")));

        assertEquals(Set.of(interaction("eli", "sam", InteractionType.COMMENT, "101"),
                interaction("eli", "noa", InteractionType.COMMENT, "101"),
                interaction("eli", "ana", InteractionType.MENTION, "101")), Set.copyOf(recorded));
        assertEquals(3, recorded.size());
    }

    @Test
    void aLikeOfACommentEndorsesItsAuthorOnThePageItBelongsTo() {
        ConfluenceUser eli = user("eli");
        User plainEli = mock(User.class);
        when(plainEli.getName()).thenReturn("eli");
        when(users.getUserByName("eli")).thenReturn(eli);
        Page page = page(101, "ENG", user("sam"), "");

        listener.onLikeCreated(new LikeCreatedEvent(this, plainEli, comment(901, page, null, user("noa"), "")));

        assertEquals(List.of(interaction("eli", "noa", InteractionType.LIKE, "101")), recorded);
    }

    @Test
    void anEditOfSomeoneElsesPageEndorsesItsAuthorAndTheNewlyMentioned() {
        Page before = page(101, "ENG", user("sam"), "<p>Ask " + mention("noa") + "</p>");
        Page after = page(101, "ENG", user("sam"), "<p>Ask " + mention("noa") + " or " + mention("ana") + "</p>");
        after.setLastModifier(user("eli"));

        listener.onPageUpdated(new PageUpdateEvent(this, after, before));

        assertEquals(List.of(interaction("eli", "sam", InteractionType.EDIT, "101"),
                interaction("eli", "ana", InteractionType.MENTION, "101")), recorded);
    }

    @Test
    void editingYourOwnPageCountsNothing() {
        Page before = page(101, "ENG", user("sam"), "");
        Page after = page(101, "ENG", user("sam"), "<p>More</p>");

        listener.onPageUpdated(new PageUpdateEvent(this, after, before));

        assertEquals(List.of(), recorded);
    }

    @Test
    void aNewBlogPostEndorsesOnlyThePeopleItMentions() {
        BlogPost post = new BlogPost();
        post.setId(202);
        post.setSpace(new Space("NEWS"));
        post.setCreator(user("hana"));
        post.setBodyAsString("<p>Welcome " + mention("ana") + "</p>");

        listener.onBlogPostCreated(new BlogPostCreateEvent(this, post));

        assertEquals(List.of(interaction("hana", "ana", InteractionType.MENTION, "202")), recorded);
    }

    private static BlogPost blogPost(long id, String spaceKey, ConfluenceUser creator, String body) {
        BlogPost post = new BlogPost();
        post.setId(id);
        post.setSpace(new Space(spaceKey));
        post.setCreator(creator);
        post.setLastModifier(creator);
        post.setBodyAsString(body);
        return post;
    }

    @Test
    void anEditOfSomeoneElsesBlogPostEndorsesItsAuthorAndTheNewlyMentioned() {
        BlogPost before = blogPost(202, "NEWS", user("hana"), "<p>Thanks " + mention("noa") + "</p>");
        BlogPost after = blogPost(202, "NEWS", user("hana"), "<p>Thanks " + mention("noa") + " and " + mention("ana") + "</p>");
        after.setLastModifier(user("eli"));

        listener.onBlogPostUpdated(new BlogPostUpdateEvent(this, after, before));

        assertEquals(List.of(interaction("eli", "hana", InteractionType.EDIT, "202"),
                interaction("eli", "ana", InteractionType.MENTION, "202")), recorded);
    }

    @Test
    void editingYourOwnBlogPostCountsOnlyWhomItNewlyMentions() {
        BlogPost before = blogPost(202, "NEWS", user("hana"), "<p>Draft</p>");
        BlogPost after = blogPost(202, "NEWS", user("hana"), "<p>Thanks " + mention("ana") + "</p>");

        listener.onBlogPostUpdated(new BlogPostUpdateEvent(this, after, before));

        assertEquals(List.of(interaction("hana", "ana", InteractionType.MENTION, "202")), recorded);
    }

    @Test
    void blogPostEditsInPersonalSpacesOrUnderViewRestrictionsAreLeftOut() {
        BlogPost personal = blogPost(202, "~hana", user("hana"), "");
        personal.setLastModifier(user("eli"));
        BlogPost restricted = blogPost(203, "NEWS", user("hana"), "");
        restricted.setLastModifier(user("eli"));
        when(restrictions.getContentPermissionSets(eq(restricted), eq("View")))
                .thenReturn(List.of(new ContentPermissionSet("View", restricted)));

        listener.onBlogPostUpdated(new BlogPostUpdateEvent(this, personal, null));
        listener.onBlogPostUpdated(new BlogPostUpdateEvent(this, restricted, null));

        assertEquals(List.of(), recorded);
    }

    @Test
    void personalSpacesAreLeftOut() {
        Page personal = page(101, "~sam", user("sam"), "");

        listener.onCommentCreated(new CommentCreateEvent(this, comment(902, personal, null, user("eli"), mention("ana"))));

        assertEquals(List.of(), recorded);
    }

    @Test
    void pagesWithViewRestrictionsOfTheirOwnOrInheritedAreLeftOut() {
        Page restricted = page(101, "ENG", user("sam"), "");
        Page underRestricted = page(102, "ENG", user("sam"), "");
        when(restrictions.getContentPermissionSets(eq(restricted), eq("View")))
                .thenReturn(List.of(new ContentPermissionSet("View", restricted)));
        when(restrictions.getInheritedContentPermissionSets(eq(underRestricted)))
                .thenReturn(List.of(new ContentPermissionSet("View", restricted)));

        listener.onCommentCreated(new CommentCreateEvent(this, comment(902, restricted, null, user("eli"), "")));
        listener.onLikeCreated(new LikeCreatedEvent(this, user("eli"), underRestricted));

        assertEquals(List.of(), recorded);
    }

    @Test
    void editRestrictionsAloneDoNotHideAPage() {
        Page editRestricted = page(101, "ENG", user("sam"), "");
        when(restrictions.getContentPermissionSets(eq(editRestricted), eq("Edit")))
                .thenReturn(List.of(new ContentPermissionSet("Edit", editRestricted)));

        listener.onLikeCreated(new LikeCreatedEvent(this, user("eli"), editRestricted));

        assertEquals(List.of(interaction("eli", "sam", InteractionType.LIKE, "101")), recorded);
    }

    @Test
    void aFailingLogNeverReachesThePersonSaving() {
        when(restrictions.getContentPermissionSets(any(), any())).thenThrow(new IllegalStateException("database down"));

        listener.onLikeCreated(new LikeCreatedEvent(this, user("eli"), page(101, "ENG", user("sam"), "")));

        assertEquals(List.of(), recorded);
    }
}
