package app.hallway.feedback;

import app.hallway.announce.Announcement;
import app.hallway.announce.AnnouncementSettings;
import app.hallway.announce.Announcements;
import app.hallway.announce.Priority;
import app.hallway.announce.Registration;
import app.hallway.leaders.Interaction;
import app.hallway.leaders.Interactions;
import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import app.hallway.platform.Notification;
import app.hallway.platform.Notifier;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Spaces;
import app.hallway.testing.BundleTexts;
import app.hallway.testing.InMemorySettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The feedback feature over in-memory ports: a small directory (hana is HR, admin administers), pages with
 * viewers, and a record of what reached the interaction log and the notifier.
 */
final class FeedbackWorld {
    static final Instant NOW = Instant.parse("2026-11-29T10:15:30Z");

    final InMemorySettings settings = new InMemorySettings();
    final InMemoryFeedbackItems items = new InMemoryFeedbackItems();
    final InMemoryReactions reactions = new InMemoryReactions();
    final InMemoryPolls polls = new InMemoryPolls();
    final List<Interaction> interactions = new ArrayList<>();
    final List<Notification> notifications = new ArrayList<>();
    final AtomicReference<Instant> clock = new AtomicReference<>(NOW);
    final Map<Long, ContentRef> pages = new HashMap<>();
    final Map<Long, Set<String>> hiddenFrom = new HashMap<>();
    final Map<Long, Announcement> announcements = new HashMap<>();
    final Map<String, Person> people = new HashMap<>();
    final Map<String, Locale> locales = new HashMap<>();
    final Set<String> hr = new HashSet<>(Set.of("hana"));
    final Map<String, Set<String>> groups = new HashMap<>(Map.of("eli", Set.of("engineering"), "ana", Set.of("engineering"),
            "sam", Set.of("sales"), "noa", Set.of("support")));
    final Map<String, Set<String>> spaceAdmins = new HashMap<>(Map.of("NEWS", Set.of("hana"), "ENG", Set.of("eli")));
    final FeedbackUseCases feedback;

    FeedbackWorld() {
        for (String name : List.of("admin", "hana", "eli", "sam", "noa", "ana")) {
            people.put(name, new Person(name, name, Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        }
        locales.put("ana", Locale.forLanguageTag("es"));
        page(42, "NEWS", "Holidays", "hana");
        feedback = new FeedbackUseCases(new FeedbackUseCases.Ports(items, reactions, polls, new FakeAnnouncements(),
                new FakeContents(), new FakeSpaces(), new FakePeople(), settings, new FakeNotifier(), new FakeInteractions(),
                clock::get, BundleTexts.english()));
    }

    Person person(String name) {
        return people.get(name);
    }

    FeedbackWorld page(long id, String space, String title, String creator) {
        pages.put(id, new ContentRef(id, "page", title, space, space.startsWith("~"), creator));
        return this;
    }

    FeedbackWorld hide(long pageId, String from) {
        hiddenFrom.computeIfAbsent(pageId, id -> new HashSet<>()).add(from);
        return this;
    }

    FeedbackWorld announcement(long id, long pageId) {
        announcements.put(id, new Announcement(id, pageId, "m-" + id, "NEWS", "Announcement " + id, "", 1, 1,
                AnnouncementSettings.plain(Priority.INFO), null, null, null, -1));
        return this;
    }

    /** An announcement published by {@code publisher} for the members of {@code audience}. */
    FeedbackWorld announcementFor(long id, long pageId, String publisher, String... audience) {
        announcements.put(id, new Announcement(id, pageId, "m-" + id, "NEWS", "Announcement " + id, "", 1, 1,
                new AnnouncementSettings(Priority.INFO, List.of(audience), null, null, false, null, ""), publisher, NOW, NOW, -1));
        return this;
    }

    /** An announcement for everyone, published by {@code publisher}, shown from {@code from} to {@code until}. */
    FeedbackWorld announcementBetween(long id, long pageId, String publisher, LocalDate from, LocalDate until) {
        announcements.put(id, new Announcement(id, pageId, "m-" + id, "NEWS", "Announcement " + id, "", 1, 1,
                new AnnouncementSettings(Priority.INFO, List.of(), from, until, false, null, ""), publisher, NOW, NOW, -1));
        return this;
    }

    private final class FakeContents implements Contents {
        @Override
        public Optional<ContentRef> find(long contentId) {
            return Optional.ofNullable(pages.get(contentId));
        }

        @Override
        public boolean canView(String userKey, long contentId) {
            return userKey != null && pages.containsKey(contentId) && !hiddenFrom.getOrDefault(contentId, Set.of()).contains(userKey);
        }

        @Override
        public boolean canEdit(String userKey, long contentId) {
            return canView(userKey, contentId);
        }
    }

    private final class FakePeople implements People {
        @Override
        public Optional<Person> current() {
            return Optional.empty();
        }

        @Override
        public Optional<Person> byKey(String userKey) {
            return Optional.ofNullable(people.get(userKey));
        }

        @Override
        public boolean isAdministrator(String userKey) {
            return "admin".equals(userKey);
        }

        @Override
        public boolean isInGroup(String userKey, String group) {
            return group.equals("hallway-hr") ? hr.contains(userKey) : groups.getOrDefault(userKey, Set.of()).contains(group);
        }

        @Override
        public boolean groupExists(String group) {
            return true;
        }

        @Override
        public Locale localeOf(String userKey) {
            return locales.getOrDefault(userKey, Locale.ENGLISH);
        }
    }

    private final class FakeSpaces implements Spaces {
        @Override
        public Optional<String> nameOf(String spaceKey) {
            return spaceAdmins.containsKey(spaceKey) ? Optional.of(spaceKey + " space") : Optional.empty();
        }

        @Override
        public boolean canAdminister(String userKey, String spaceKey) {
            return "admin".equals(userKey) || spaceAdmins.getOrDefault(spaceKey, Set.of()).contains(userKey);
        }
    }

    /** The feedback feature only looks announcements up by id; it never writes or lists them. */
    private final class FakeAnnouncements implements Announcements {
        @Override
        public Announcement register(Registration registration) {
            throw new UnsupportedOperationException("the feedback feature never registers announcements");
        }

        @Override
        public Optional<Announcement> byId(long id) {
            return Optional.ofNullable(announcements.get(id));
        }

        @Override
        public List<Announcement> shownOn(LocalDate today, Set<String> spaceKeys, Priority minimum, int limit) {
            throw new UnsupportedOperationException("the feedback feature never lists announcements");
        }

        @Override
        public List<Announcement> awaitingAcknowledgement(LocalDate today) {
            throw new UnsupportedOperationException("the feedback feature never lists announcements");
        }

        @Override
        public Optional<Announcement> requireVersion(long id, int version) {
            throw new UnsupportedOperationException("the feedback feature never changes announcements");
        }

        @Override
        public void recordAudienceSize(long id, int size) {
            throw new UnsupportedOperationException("the feedback feature never changes announcements");
        }

        @Override
        public List<Long> onPage(long contentId) {
            throw new UnsupportedOperationException("the feedback feature never lists announcements");
        }

        @Override
        public void removeOnPage(long contentId) {
            throw new UnsupportedOperationException("the feedback feature never removes announcements");
        }
    }

    private final class FakeInteractions implements Interactions {
        @Override
        public void record(Interaction interaction) {
            interactions.add(interaction);
        }
    }

    private final class FakeNotifier implements Notifier {
        @Override
        public boolean send(Notification notification) {
            notifications.add(notification);
            return true;
        }
    }
}
