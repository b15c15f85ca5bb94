package app.hallway.platform;

import java.util.List;

/** Confluence groups as audiences: who is in them. */
public interface Groups {
    /**
     * The members of {@code group}; empty when it does not exist. Can be thousands of people: for jobs,
     * reports and counts kept with the data, never for a page view.
     */
    List<Person> members(String group);
}
