package app.hallway.sandbox.demo;

import app.hallway.sandbox.content.PageRequest;
import app.hallway.sandbox.content.Pages;
import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.host.Directory;
import app.hallway.sandbox.host.SandboxUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Colleagues at work in the demo: a few dozen pages by employees, and a few hundred comments and likes on them
 * from colleagues across departments, the popular authors drawing the most. Everything goes through
 * {@link Pages}, so Confluence's events fire and the plugin records the interactions as it would in Confluence
 * (dated today: events carry no date of their own). Enough for the opinion-leader report to find someone.
 */
public final class DemoActivity {
    private static final int PAGES = 30;
    private static final int INTERACTIONS = 400;
    private static final List<String> SPACES = List.of("ENG", "NEWS", "HR");

    private DemoActivity() {
    }

    public static void create(Pages pages, Directory directory) {
        List<SandboxUser> people = new ArrayList<>(directory.users());
        people.removeIf(user -> user.getName().equals("admin"));
        if (people.size() < 10) {
            return;
        }
        Random random = new Random(20_261_129L);
        List<Long> written = new ArrayList<>();
        for (int page = 0; page < PAGES; page++) {
            SandboxUser author = people.get(skewed(random, people.size()));
            String space = SPACES.get(random.nextInt(SPACES.size()));
            written.add(pages.save(new PageRequest(space, "Ideas from " + author.getFullName() + " #" + (page + 1),
                    "<p>What I learned this month, and what I would change.</p>", SandboxPage.PAGE, List.of()),
                    author.getName()).id());
        }
        for (int k = 0; k < INTERACTIONS; k++) {
            long page = written.get(skewed(random, written.size()));
            String colleague = people.get(random.nextInt(people.size())).getName();
            if (random.nextInt(3) == 0) {
                pages.comment(page, colleague, "Good point, let us try it in our team.");
            } else {
                pages.like(page, colleague);
            }
        }
    }

    /** An index in {@code [0, size)}, the first ones far more often: a few authors are read far more than others. */
    private static int skewed(Random random, int size) {
        return (int) Math.min(size - 1, Math.floor(size * Math.pow(random.nextDouble(), 3)));
    }
}
