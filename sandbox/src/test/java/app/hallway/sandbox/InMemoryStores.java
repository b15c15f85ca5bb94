package app.hallway.sandbox;

import app.hallway.admin.Roles;
import app.hallway.admin.Settings;
import app.hallway.announce.Acknowledgement;
import app.hallway.announce.Acknowledgements;
import app.hallway.announce.Announcement;
import app.hallway.announce.AnnouncementAccess;
import app.hallway.announce.Announcements;
import app.hallway.announce.Priority;
import app.hallway.announce.Registration;
import app.hallway.announce.ShowAnnouncement;
import app.hallway.platform.Contents;
import app.hallway.platform.Groups;
import app.hallway.platform.Links;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For {@link RenderBenchmark}'s baseline: {@code ShowAnnouncement} over the sandbox's real host adapters, with
 * the stores and settings answered from memory (what the database answered once), so that only the database
 * part differs from the real macro.
 */
final class InMemoryStores {
    private InMemoryStores() {
    }

    static ShowAnnouncement show(SandboxHost host, long announcementId, String viewerKey) {
        Announcements stored = host.container.get(Announcements.class);
        Acknowledgements acknowledged = host.container.get(Acknowledgements.class);
        Announcement announcement = stored.byId(announcementId).orElseThrow();
        Optional<Acknowledgement> mine = acknowledged.latest(announcementId, viewerKey);
        int count = acknowledged.countFrom(announcementId, announcement.requiredVersion());
        People people = host.container.get(People.class);
        Settings settings = new Settings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, String value) {
                throw new UnsupportedOperationException();
            }
        };
        Announcements announcements = new Announcements() {
            @Override
            public Announcement register(Registration registration) {
                return announcement;
            }

            @Override
            public Optional<Announcement> byId(long id) {
                return Optional.of(announcement);
            }

            @Override
            public List<Announcement> shownOn(LocalDate today, Set<String> spaceKeys, Priority minimum, int limit) {
                return List.of(announcement);
            }

            @Override
            public List<Announcement> awaitingAcknowledgement(LocalDate today) {
                return List.of(announcement);
            }

            @Override
            public Optional<Announcement> requireVersion(long id, int version) {
                return Optional.of(announcement);
            }

            @Override
            public void recordAudienceSize(long id, int size) {
            }

            @Override
            public List<Long> onPage(long contentId) {
                return List.of(announcement.id());
            }

            @Override
            public void removeOnPage(long contentId) {
                throw new UnsupportedOperationException("a render never removes announcements");
            }
        };
        Acknowledgements acknowledgements = new Acknowledgements() {
            @Override
            public Acknowledgement acknowledge(long id, String userKey, int version, int requiredVersion, Instant at) {
                return mine.orElseThrow();
            }

            @Override
            public Optional<Acknowledgement> latest(long id, String userKey) {
                return mine;
            }

            @Override
            public int countFrom(long id, int minVersion) {
                return count;
            }

            @Override
            public Map<String, Acknowledgement> latestByPerson(long id) {
                return Map.of();
            }

            @Override
            public Map<Long, Acknowledgement> latestOf(String userKey, Collection<Long> ids) {
                return Map.of();
            }

            @Override
            public List<Acknowledgement> givenBy(String userKey) {
                return mine.stream().toList();
            }

            @Override
            public void removeAll(Collection<Long> ids) {
                throw new UnsupportedOperationException("a render never removes acknowledgements");
            }
        };
        AnnouncementAccess access = new AnnouncementAccess(new Roles(people, settings), people, host.container.get(Contents.class));
        return new ShowAnnouncement(announcements, acknowledgements, access, people, host.container.get(Groups.class),
                host.container.get(Texts.class), host.container.get(Time.class), host.container.get(Links.class));
    }
}
