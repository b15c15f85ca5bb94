package app.hallway.announce.confluence;

import app.hallway.announce.Acknowledgements;
import app.hallway.announce.Announcements;
import app.hallway.announce.Reminders;
import app.hallway.announce.RemovePageAnnouncements;
import app.hallway.platform.PageCleanup;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The announcements' part when a page is removed from Confluence: {@link RemovePageAnnouncements}. */
@Named
public final class AnnouncementPageCleanup implements PageCleanup {
    private final RemovePageAnnouncements remove;

    @Inject
    public AnnouncementPageCleanup(Announcements announcements, Acknowledgements acknowledgements, Reminders reminders) {
        this.remove = new RemovePageAnnouncements(announcements, acknowledgements, reminders);
    }

    @Override
    public void pageRemoved(long pageId) {
        remove.remove(pageId);
    }
}
