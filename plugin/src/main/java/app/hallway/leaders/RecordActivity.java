package app.hallway.leaders;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Confluence activity into interactions for the opinion-leader graph: the activity itself towards
 * each person whose contribution was taken up, and an @mention towards each person mentioned. Nothing is
 * recorded for anonymous actors, in personal spaces or on restricted pages; self-interactions count nothing.
 */
public final class RecordActivity {
    /** A user mention in storage format: {@code <ri:user ri:userkey="…"/>}. */
    private static final Pattern MENTION = Pattern.compile("<ri:user\\s+[^>]*ri:userkey=\"([^\"]+)\"");

    private final Interactions interactions;

    public RecordActivity(Interactions interactions) {
        this.interactions = interactions;
    }

    public void record(Activity activity) {
        if (activity.actorKey() == null || activity.excluded()) {
            return;
        }
        for (String target : activity.targetKeys()) {
            recordUnlessSelf(activity, target, activity.type());
        }
        for (String mentioned : mentions(activity.storageBody())) {
            recordUnlessSelf(activity, mentioned, InteractionType.MENTION);
        }
    }

    /**
     * An edit: the edit itself towards each person whose page it is, and a mention only towards people the
     * edit newly mentions. Mentions that were already in {@code previousStorageBody} were counted when they
     * were written; an edit that fixes a typo must not count them again.
     */
    public void recordEdit(Activity edit, String previousStorageBody) {
        if (edit.actorKey() == null || edit.excluded()) {
            return;
        }
        for (String target : edit.targetKeys()) {
            recordUnlessSelf(edit, target, edit.type());
        }
        Set<String> before = mentions(previousStorageBody == null ? "" : previousStorageBody);
        for (String mentioned : mentions(edit.storageBody())) {
            if (!before.contains(mentioned)) {
                recordUnlessSelf(edit, mentioned, InteractionType.MENTION);
            }
        }
    }

    static Set<String> mentions(String storageBody) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(storageBody);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private void recordUnlessSelf(Activity activity, String target, InteractionType type) {
        if (target != null && !target.equals(activity.actorKey())) {
            interactions.record(new Interaction(activity.actorKey(), target, type, activity.contentId(), activity.at()));
        }
    }
}
