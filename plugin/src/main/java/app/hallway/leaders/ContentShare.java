package app.hallway.leaders;

import app.hallway.leaders.scoring.InteractionKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One of the contributions through which colleagues engaged with a person.
 *
 * @param contentId the Confluence content id ({@code "65538"}) or Hallway item ({@code "feedback:34"})
 * @param share this item's part of the person's retained, decayed engagement, in [0, 1]
 * @param kinds what colleagues did with it
 */
public record ContentShare(String contentId, double share, Set<InteractionKind> kinds) {
    public ContentShare {
        Objects.requireNonNull(contentId, "contentId");
        Set<InteractionKind> copy = EnumSet.noneOf(InteractionKind.class);
        copy.addAll(kinds);
        kinds = Collections.unmodifiableSet(copy);
    }
}
