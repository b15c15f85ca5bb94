package app.hallway.sandbox.demo;

import app.hallway.sandbox.host.Directory;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The sandbox's directory: the six named users of DESIGN.md always, and with demo content a few hundred
 * employees with seeded random names in department groups (the same on every node and every run).
 */
public final class DemoDirectory {
    public static final List<String> DEPARTMENTS = List.of("engineering", "sales", "support", "marketing", "hr");
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final List<String> FIRST = List.of("Alex", "Maria", "Jon", "Lucia", "Omar", "Ines", "Pablo", "Greta",
            "Kenji", "Sara", "Tom", "Nora", "Ivan", "Lea", "Mateo", "Zoe", "Ravi", "Elena", "Felix", "Amara", "Diego",
            "Hugo", "Julia", "Tariq", "Mia", "Oscar", "Paula", "Yusuf", "Clara", "Leo");
    private static final List<String> LAST = List.of("Garcia", "Smith", "Novak", "Rossi", "Tanaka", "Silva", "Müller",
            "Okafor", "Dubois", "Jensen", "Kowalski", "Haddad", "Lopez", "Nguyen", "Berg", "Moreau", "Costa", "Ivanova",
            "Fischer", "Patel", "Romero", "Sato", "Ahmed", "Larsen", "Ortiz");

    private DemoDirectory() {
    }

    public static Directory build(boolean withEmployees, int employees) {
        Directory directory = new Directory();
        directory.add("admin", "Ada Admin", Locale.ENGLISH, Directory.ADMINISTRATORS);
        directory.add("hana", "Hana HR", Locale.ENGLISH, "hallway-hr", "hr");
        directory.add("eli", "Eli Engineer", Locale.ENGLISH, "engineering");
        directory.add("sam", "Sam Sales", Locale.ENGLISH, "sales");
        directory.add("noa", "Noa Support", Locale.ENGLISH, "support");
        directory.add("ana", "Ana Ingeniera", SPANISH, "engineering");
        if (withEmployees) {
            addEmployees(directory, employees);
        }
        return directory;
    }

    private static void addEmployees(Directory directory, int count) {
        Random random = new Random(20_260_101L);
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            String base = (first + "." + last).toLowerCase(Locale.ROOT).replace("ü", "u");
            String username = base;
            for (int n = 2; !taken.add(username); n++) {
                username = base + n;
            }
            // Engineering is the largest department, HR the smallest.
            int roll = random.nextInt(100);
            String department = roll < 40 ? "engineering" : roll < 60 ? "sales" : roll < 80 ? "support" : roll < 93 ? "marketing" : "hr";
            Locale locale = random.nextInt(100) < 15 ? SPANISH : Locale.ENGLISH;
            directory.add(username, first + " " + last, locale, department);
        }
    }
}
