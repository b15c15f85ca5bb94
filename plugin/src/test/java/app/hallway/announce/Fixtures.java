package app.hallway.announce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test data for announcements, built by what the test cares about: {@code aRegistration().forGroups("sales").build()}. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");

    private Fixtures() {
    }

    public static RegistrationBuilder aRegistration() {
        return new RegistrationBuilder();
    }

    /** A {@link Registration} of macro {@code m-1} on page 42, saved by HR member {@code hana}. */
    public static final class RegistrationBuilder {
        private long contentId = 42;
        private String macroId = "m-1";
        private String spaceKey = "HR";
        private String title = "Holidays";
        private String textHash = "hash-a";
        private Priority priority = Priority.INFO;
        private List<String> audience = List.of();
        private LocalDate from;
        private LocalDate until;
        private boolean acknowledgement;
        private LocalDate due;
        private String editor = "hana";
        private boolean editorIsHr = true;
        private Instant at = NOW;

        public RegistrationBuilder on(long content, String macro) {
            this.contentId = content;
            this.macroId = macro;
            return this;
        }

        public RegistrationBuilder inSpace(String key) {
            this.spaceKey = key;
            return this;
        }

        public RegistrationBuilder titled(String value) {
            this.title = value;
            return this;
        }

        public RegistrationBuilder text(String hash) {
            this.textHash = hash;
            return this;
        }

        public RegistrationBuilder priority(Priority value) {
            this.priority = value;
            return this;
        }

        public RegistrationBuilder forGroups(String... groups) {
            this.audience = List.of(groups);
            return this;
        }

        public RegistrationBuilder shown(LocalDate first, LocalDate last) {
            this.from = first;
            this.until = last;
            return this;
        }

        public RegistrationBuilder acknowledgedBy(LocalDate dueDate) {
            this.acknowledgement = true;
            this.due = dueDate;
            return this;
        }

        public RegistrationBuilder savedBy(String userKey, boolean hr) {
            this.editor = userKey;
            this.editorIsHr = hr;
            return this;
        }

        public RegistrationBuilder at(Instant value) {
            this.at = value;
            return this;
        }

        public AnnouncementSettings settings() {
            return new AnnouncementSettings(priority, audience, from, until, acknowledgement, due, "");
        }

        public Registration build() {
            return new Registration(contentId, macroId, spaceKey, title, "Offices close on the 24th.", textHash, settings(),
                    editor, editorIsHr, at);
        }
    }
}
