package app.hallway.platform;

import java.util.Collection;
import java.util.HashMap;
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
