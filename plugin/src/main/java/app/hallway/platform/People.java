package app.hallway.platform;

import java.util.Locale;
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
}
