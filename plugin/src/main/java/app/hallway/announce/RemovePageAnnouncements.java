package app.hallway.announce;

import java.util.List;

/**
 * Forgets the announcements of a page or blog post removed from Confluence: the acknowledgements and the
 * reminder log first, then the announcements, each store in a transaction of its own. Nobody can view a removed
 * page, so nobody reads them any more; HR's reports on them go with the page.
 */
public final class RemovePageAnnouncements {
    private final Announcements announcements;
    private final Acknowledgements acknowledgements;
    private final Reminders reminders;

    public RemovePageAnnouncements(Announcements announcements, Acknowledgements acknowledgements, Reminders reminders) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.reminders = reminders;
    }

    public void remove(long pageId) {
        List<Long> ids = announcements.onPage(pageId);
        if (ids.isEmpty()) {
            return;
        }
        acknowledgements.removeAll(ids);
        reminders.removeAll(ids);
        announcements.removeOnPage(pageId);
    }
}
