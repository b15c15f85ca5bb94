package app.hallway.leaders.confluence;

import app.hallway.leaders.InteractionType;
import app.hallway.leaders.Interactions;
import app.hallway.leaders.RecordActivity;
import app.hallway.platform.Time;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.like.LikeCreatedEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records Confluence's own interactions for the opinion-leader report: a comment or reply endorses the page's
 * author and the author of the comment replied to, a like endorses the author of what was liked, an edit of
 * someone else's page or blog post endorses its author, and an @mention endorses the person mentioned (in a new page or blog
 * post, a comment, or an edit that adds it). Personal spaces and restricted pages are left out.
 *
 * <p>Confluence calls these methods on the thread that saved the content; a failure here is logged and never
 * reaches the person saving.
 */
@Named
public final class ActivityListener {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityListener.class);

    private final EventPublisher events;
    private final RecordActivity record;
    private final ConfluenceActivity activity;
    private final Time time;

    @Inject
    public ActivityListener(EventPublisher events, Interactions interactions, ContentPermissionManager restrictions,
                            UserAccessor users, Time time) {
        this.events = events;
        this.record = new RecordActivity(interactions);
        this.activity = new ConfluenceActivity(restrictions, users);
        this.time = time;
    }

    @PostConstruct
    public void register() {
        events.register(this);
    }

    @PreDestroy
    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        created(event.getPage());
    }

    @EventListener
    public void onBlogPostCreated(BlogPostCreateEvent event) {
        created(event.getBlogPost());
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        safely("page update", () -> edited(event.getPage(), event.getOriginalPage()));
    }

    @EventListener
    public void onBlogPostUpdated(BlogPostUpdateEvent event) {
        safely("blog post update", () -> edited(event.getBlogPost(), event.getOriginalBlogPost()));
    }

    @EventListener
    public void onCommentCreated(CommentCreateEvent event) {
        safely("comment", () -> {
            Comment comment = event.getComment();
            record.record(activity.activity(InteractionType.COMMENT, comment.getCreator(), comment,
                    activity.commentTargets(comment), comment.getBodyAsString(), time.now()));
        });
    }

    @EventListener
    public void onLikeCreated(LikeCreatedEvent event) {
        safely("like", () -> {
            ContentEntityObject liked = event.getContent();
            record.record(activity.activity(InteractionType.LIKE, event.getOriginatingUser(), liked, activity.owners(liked),
                    "", time.now()));
        });
    }

    /**
     * A page or blog post saved again: its last modifier endorses its creator (nothing when they are the same
     * person) and whoever the new version newly mentions.
     */
    private void edited(AbstractPage content, AbstractPage original) {
        record.recordEdit(activity.activity(InteractionType.EDIT, content.getLastModifier(), content, activity.owners(content),
                content.getBodyAsString(), time.now()), original == null ? "" : original.getBodyAsString());
    }

    /** A new page or blog post endorses nobody by itself, only the people it mentions. */
    private void created(AbstractPage page) {
        safely("new page", () -> record.record(activity.activity(InteractionType.MENTION, page.getCreator(), page, Set.of(),
                page.getBodyAsString(), time.now())));
    }

    private static void safely(String what, Runnable recording) {
        try {
            recording.run();
        } catch (RuntimeException e) {
            LOG.warn("Hallway could not record a {} for the opinion-leader report: {}", what, e.toString());
        }
    }
}
