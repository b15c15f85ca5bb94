package app.hallway.announce;

import app.hallway.admin.Roles;
import app.hallway.admin.Settings;
import app.hallway.platform.ClusterLocks;
import app.hallway.platform.Links;
import app.hallway.platform.Notification;
import app.hallway.platform.Notifier;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import app.hallway.testing.BundleTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the announcement use cases run on, in memory: a small company (HR, an administrator, engineering,
 * sales, support; Ana reads Spanish), two pages, a clock at {@link Fixtures#NOW}, an outbox and settings.
 * Page 42 in space HR is edited by hana; page 43 in space NEWS by hana and eli.
 */
final class AnnounceWorld {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    static final Locale SPANISH = Locale.forLanguageTag("es");

    final TestDirectory directory = new TestDirectory()
            .person("hana", "hallway-hr")
            .person("admin", "confluence-administrators")
            .person("eli", "engineering")
            .person("ana", SPANISH, "engineering")
            .person("sam", "sales")
            .person("noa", "support")
            .group("confluence-users");
    final TestPages pages = new TestPages(directory).page(42, "HR", "hana").page(43, "NEWS", "hana", "eli");
    final InMemoryAnnouncements announcements = new InMemoryAnnouncements();
    final InMemoryAcknowledgements acknowledgements = new InMemoryAcknowledgements();
    final InMemoryReminders reminders = new InMemoryReminders();
    final Map<String, String> settingValues = new HashMap<>();
    final List<Notification> outbox = new ArrayList<>();
    boolean mailWorks = true;
    boolean lockFree = true;
    Instant now = Fixtures.NOW;
    Texts texts = BundleTexts.english();

    final Time time = new Time() {
        @Override
        public Instant now() {
            return now;
        }

        @Override
        public LocalDate today() {
            return LocalDate.ofInstant(now, ZoneOffset.UTC);
        }
    };
    final Settings settings = new Settings() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(settingValues.get(key));
        }

        @Override
        public void put(String key, String value) {
            settingValues.put(key, value);
        }
    };
    final Notifier notifier = notification -> {
        if (mailWorks) {
            outbox.add(notification);
        }
        return mailWorks;
    };
    final ClusterLocks locks = (name, work) -> {
        if (!lockFree) {
            return false;
        }
        work.run();
        return true;
    };
    final Links links = new Links() {
        @Override
        public String contextPath() {
            return "/wiki";
        }

        @Override
        public String absolute(String path) {
            return "https://intranet.example.com/wiki" + path;
        }
    };

    static String key(String username) {
        return TestDirectory.key(username);
    }

    void advanceTo(LocalDate day) {
        now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    AnnouncementAccess access() {
        return new AnnouncementAccess(new Roles(directory, settings), directory, pages);
    }

    ShowAnnouncement show() {
        return new ShowAnnouncement(announcements, acknowledgements, access(), directory, directory, texts, time, links);
    }

    Acknowledge acknowledge() {
        return new Acknowledge(announcements, acknowledgements, access(), directory, texts, time);
    }

    ReportAcknowledgements report() {
        return new ReportAcknowledgements(announcements, acknowledgements, access(), directory, directory, texts, time);
    }

    RequireAcknowledgementAgain requireAgain() {
        return new RequireAcknowledgementAgain(announcements, access(), texts);
    }

    RemindToAcknowledge remind() {
        return new RemindToAcknowledge(announcements, acknowledgements, reminders, access(), directory, pages, pages, directory, notifier,
                texts, settings, locks, time);
    }

    AnnouncementPrivacy privacy() {
        return new AnnouncementPrivacy(announcements, acknowledgements, reminders, pages, texts);
    }

    ListAnnouncements list() {
        return new ListAnnouncements(announcements, acknowledgements, access(), pages, texts, time);
    }

    ShowFeed feed() {
        return new ShowFeed(list(), access(), directory, texts, links);
    }

    ReadAnnouncement read() {
        return new ReadAnnouncement(announcements, acknowledgements, access(), texts, time);
    }

    /** A saved macro on page 42 (macro m-1), last saved by hana (HR). */
    Macro macro() {
        return new Macro(this);
    }

    /** Renders and returns the announcement as stored, for tests about what happens after publication. */
    Announcement publish(Macro macro) {
        macro.render("hana");
        return announcements.all().stream().filter(a -> a.macroId().equals(macro.macroId) && a.contentId() == macro.contentId)
                .findFirst().orElseThrow();
    }

    /** A macro instance being rendered: parameters, body, where it is and who saved the page. */
    static final class Macro {
        private final AnnounceWorld world;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private String body = "<p>Offices close on the 24th.</p>";
        private long contentId = 42;
        private String macroId = "m-1";
        private String spaceKey = "HR";
        private String outputType = "display";
        private String editor = "hana";
        private String author = "hana";

        private Macro(AnnounceWorld world) {
            this.world = world;
            parameters.put("title", "Holidays");
        }

        Macro param(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        Macro forGroups(String groups) {
            return param("audience", groups);
        }

        Macro acknowledgedBy(LocalDate due) {
            param("acknowledgement", "true");
            return due == null ? this : param("due", due.toString());
        }

        Macro body(String html) {
            this.body = html;
            return this;
        }

        Macro on(long content, String macro, String space) {
            this.contentId = content;
            this.macroId = macro;
            this.spaceKey = space;
            return this;
        }

        Macro output(String type) {
            this.outputType = type;
            return this;
        }

        Macro savedBy(String username) {
            this.editor = username;
            return this;
        }

        Macro authoredBy(String username) {
            this.author = username;
            return this;
        }

        MacroCall call() {
            return new MacroCall(contentId, macroId, spaceKey, parameters, body, outputType, editor == null ? null : key(editor),
                    author == null ? null : key(author));
        }

        /** The macro as {@code viewer} (a username, or null for anonymous) sees it. */
        AnnouncementView render(String viewer) {
            return world.show().forViewer(call(), viewer == null ? null : key(viewer));
        }
    }
}
