package app.hallway.sandbox.content;

import com.atlassian.confluence.spaces.Space;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's spaces. Known keys have a name and space administrators; any other key is a space of its own
 * name administered by {@code admin} only (site administrators administer every space anyway).
 */
public final class Spaces {
    private static final Map<String, String> NAMES = Map.of("NEWS", "News", "ENG", "Engineering", "HR", "Human Resources");
    private static final Map<String, Set<String>> ADMINS = Map.of(
            "NEWS", Set.of("hana"), "ENG", Set.of("eli"), "HR", Set.of("hana"));

    public Space space(String key) {
        Space space = new Space(key);
        space.setName(NAMES.getOrDefault(key, key));
        return space;
    }

    public boolean isSpaceAdmin(String spaceKey, String username) {
        return ADMINS.getOrDefault(spaceKey, Set.of()).contains(username);
    }
}
