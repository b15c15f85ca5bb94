package app.hallway.announce.confluence;

import app.hallway.admin.CachedSettings;
import app.hallway.admin.Roles;
import app.hallway.admin.Settings;
import app.hallway.announce.Acknowledge;
import app.hallway.announce.Acknowledgements;
import app.hallway.announce.AnnouncementAccess;
import app.hallway.announce.AnnouncementPages;
import app.hallway.announce.AnnouncementPrivacy;
import app.hallway.announce.Announcements;
import app.hallway.announce.ListAnnouncements;
import app.hallway.announce.ReadAnnouncement;
import app.hallway.announce.Reminders;
import app.hallway.announce.RemindToAcknowledge;
import app.hallway.announce.ReportAcknowledgements;
import app.hallway.announce.RequireAcknowledgementAgain;
import app.hallway.announce.ShowAnnouncement;
import app.hallway.announce.ShowFeed;
import app.hallway.announce.ShowReport;
import app.hallway.platform.ClusterLocks;
import app.hallway.platform.Contents;
import app.hallway.platform.Groups;
import app.hallway.platform.Links;
import app.hallway.platform.Notifier;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;

/**
 * The announcements feature's composition root: builds each use case once over the ports Spring injects, so
 * the macros, REST resources, servlet and job take one constructor argument instead of a dozen. Use cases
 * are plain Java and cannot be components themselves (the domain knows no {@code jakarta.inject}).
 */
@Named
public final class AnnouncementUseCases {
    /** How stale a setting changed on another node may be here. */
    static final Duration SETTINGS_TTL = Duration.ofSeconds(10);

    private final People people;
    private final ShowAnnouncement show;
    private final ShowFeed feed;
    private final ListAnnouncements list;
    private final ReadAnnouncement read;
    private final Acknowledge acknowledge;
    private final ReportAcknowledgements report;
    private final ShowReport showReport;
    private final RequireAcknowledgementAgain requireAgain;
    private final RemindToAcknowledge remind;
    private final AnnouncementPrivacy privacy;

    @Inject
    public AnnouncementUseCases(Announcements announcements, Acknowledgements acknowledgements, Reminders reminders,
                                AnnouncementPages pages, People people, Contents contents, Groups groups, Settings settings,
                                Texts texts, Time time, Links links, Notifier notifier, ClusterLocks locks) {
        // Every render asks for the HR groups: read them at most every few seconds on this node.
        Settings cached = new CachedSettings(settings, SETTINGS_TTL);
        AnnouncementAccess access = new AnnouncementAccess(new Roles(people, cached), people, contents);
        this.people = people;
        this.show = new ShowAnnouncement(announcements, acknowledgements, access, people, groups, texts, time, links);
        this.list = new ListAnnouncements(announcements, acknowledgements, access, pages, texts, time);
        this.feed = new ShowFeed(list, access, people, texts, links);
        this.read = new ReadAnnouncement(announcements, acknowledgements, access, texts, time);
        this.acknowledge = new Acknowledge(announcements, acknowledgements, access, people, texts, time);
        this.report = new ReportAcknowledgements(announcements, acknowledgements, access, groups, people, texts, time);
        this.showReport = new ShowReport(report, people, texts, links);
        this.requireAgain = new RequireAcknowledgementAgain(announcements, access, texts);
        this.remind = new RemindToAcknowledge(announcements, acknowledgements, reminders, access, groups, contents, pages, people,
                notifier, texts, cached, locks, time);
        this.privacy = new AnnouncementPrivacy(announcements, acknowledgements, reminders, contents, texts);
    }

    /** The key of the logged-in user of this request, or null. */
    public String currentUserKey() {
        return people.current().map(person -> person.key()).orElse(null);
    }

    public ShowAnnouncement show() {
        return show;
    }

    public ShowFeed feed() {
        return feed;
    }

    public ListAnnouncements list() {
        return list;
    }

    public ReadAnnouncement read() {
        return read;
    }

    public Acknowledge acknowledge() {
        return acknowledge;
    }

    public ReportAcknowledgements report() {
        return report;
    }

    public ShowReport showReport() {
        return showReport;
    }

    public RequireAcknowledgementAgain requireAgain() {
        return requireAgain;
    }

    public RemindToAcknowledge remind() {
        return remind;
    }

    public AnnouncementPrivacy privacy() {
        return privacy;
    }
}
