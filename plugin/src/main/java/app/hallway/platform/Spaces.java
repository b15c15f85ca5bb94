package app.hallway.platform;

import java.util.Optional;

/** Confluence spaces as Hallway sees them: whether one exists, its name, and who administers it. */
public interface Spaces {
    /** The space's display name; empty when there is no such space. */
    Optional<String> nameOf(String spaceKey);

    /** True when the user may administer the space (space tools); Confluence administrators may everywhere. */
    boolean canAdminister(String userKey, String spaceKey);
}
