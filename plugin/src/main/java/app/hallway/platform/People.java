package app.hallway.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The directory as Hallway sees it: who is asking, who someone is, what groups they are in. */
public interface People {
    /** The logged-in user of this request; empty for anonymous access, which Hallway never serves. */
    Optional<Person> current();

    Optional<Person> byKey(String userKey);

    boolean isAdministrator(String userKey);

    boolean isInGroup(String userKey, String group);

    boolean groupExists(String group);

    /** The user's Confluence language, else the site's. */
    Locale localeOf(String userKey);

    /**
     * For each of {@code userKeys} that belongs to one of {@code groups}, the position in {@code groups} of the
     * first one they belong to. Asked for everyone the opinion-leader report met at once (up to 100,000 people and
     * hundreds of department groups), so implementations read each group's members once rather than asking
     * person by person. This default asks {@link #isInGroup} for each person and group.
     */
    default Map<String, Integer> firstGroupOf(Collection<String> userKeys, List<String> groups) {
        Map<String, Integer> first = new HashMap<>();
        for (String key : userKeys) {
            for (int group = 0; group < groups.size(); group++) {
                if (isInGroup(key, groups.get(group))) {
                    first.put(key, group);
                    break;
                }
            }
        }
        return first;
    }

    /**
     * Where each of {@code userKeys} stands in the directory; a key that is absent from the answer belongs to
     * nobody the directory still holds (deleted, or never known). Asked for many people at once (the
     * opinion-leader report asks about everyone it met, up to 100,000 people), so implementations fetch in
     * batches. This default asks {@link #byKey} one by one and knows no deactivation.
     */
    default Map<String, Presence> presenceOf(Collection<String> userKeys) {
        Map<String, Presence> presence = new HashMap<>();
        for (String key : userKeys) {
            if (byKey(key).isPresent()) {
                presence.put(key, Presence.ACTIVE);
            }
        }
        return presence;
    }
}
