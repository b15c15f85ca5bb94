package app.hallway.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.platform.People;
import app.hallway.platform.Person;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {
    private final Map<String, String> stored = new HashMap<>();
    private final Settings settings = new Settings() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }
    };
    private final People people = new People() {
        private final Map<String, Set<String>> groups = Map.of("hana", Set.of("hallway-hr"), "pat", Set.of("people-ops"), "eli", Set.of("engineering"));

        @Override
        public Optional<Person> current() {
            return Optional.empty();
        }

        @Override
        public Optional<Person> byKey(String userKey) {
            return Optional.of(new Person(userKey, userKey, userKey));
        }

        @Override
        public boolean isAdministrator(String userKey) {
            return userKey.equals("admin");
        }

        @Override
        public boolean isInGroup(String userKey, String group) {
            return groups.getOrDefault(userKey, Set.of()).contains(group);
        }

        @Override
        public boolean groupExists(String group) {
            return true;
        }

        @Override
        public Locale localeOf(String userKey) {
            return Locale.ENGLISH;
        }
    };
    private final Roles roles = new Roles(people, settings);

    @Test
    void membersOfTheDefaultHrGroupAreHr() {
        assertTrue(roles.isHr("hana"));
        assertFalse(roles.isHr("eli"));
    }

    @Test
    void administratorsCanDoWhatHrCan() {
        assertTrue(roles.isHr("admin"));
    }

    @Test
    void theHrGroupsAreASetting() {
        settings.put(Roles.HR_GROUPS, "people-ops, ");

        assertTrue(roles.isHr("pat"));
        assertFalse(roles.isHr("hana"));
    }

    @Test
    void nobodyAnonymousIsHr() {
        assertFalse(roles.isHr(null));
    }
}
