package app.hallway.sandbox;

import app.hallway.announce.Acknowledgements;
import app.hallway.announce.AnnouncementView;
import app.hallway.announce.MacroCall;
import app.hallway.announce.ShowAnnouncement;
import app.hallway.announce.confluence.AnnouncementUseCases;
import app.hallway.platform.Views;
import app.hallway.sandbox.content.PageRequest;
import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.host.SandboxUser;
import app.hallway.sandbox.render.SandboxConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.confluence.xhtml.api.MacroId;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 3's rendering figure: the announcement macro for one viewer, on an announcement aimed at 10,000 people
 * with 10,000 acknowledgements, on H2 (a sandbox node's file database), warm. Compares the whole macro
 * ({@code Macro.execute}: parameters, the stored announcement, the HR groups setting, the viewer's
 * acknowledgement, the count for HR, Velocity) with two baselines: the same use case and template over
 * in-memory stores (everything but the database), and the template alone from the finished view. Prints
 * medians (and the macro's 90th and 99th percentiles) in microseconds.
 *
 * <pre>mvn -B -q -DskipTests package
 * java -cp sandbox/target/hallway-sandbox.jar:sandbox/target/test-classes app.hallway.sandbox.RenderBenchmark [people] [iterations]</pre>
 */
public final class RenderBenchmark {
    private static final String TEMPLATE = "templates/announce/announcement.vm";
    private static final String MACRO_ID = "bench-render";

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        try (SandboxNode node = SandboxNode.start(new SandboxOptions(0, Files.createTempDirectory("hallway-render-bench"), null, null,
                null, true, "bench", employees))) {
            SandboxHost host = node.host();
            Macro macro = node.plugin().macros().get("hallway-announcement");
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("title", "Annual compliance training");
            parameters.put("priority", "important");
            parameters.put("audience", "engineering,sales,support,marketing,hr");
            parameters.put("acknowledgement", "true");
            parameters.put("due", LocalDate.now().plusDays(7).toString());
            String body = "<p>Please confirm that you completed this year's <strong>compliance training</strong>.</p>";
            long pageId = host.pages.save(new PageRequest("NEWS", "Compliance", "<p>stored separately</p>", SandboxPage.PAGE, List.of()),
                    "hana").id();
            AbstractPage page = host.pageManager.getAbstractPage(pageId);

            long id = Long.parseLong(as(host, "hana", () -> execute(macro, parameters, body, page)).replaceAll("(?s).*data-announcement-id=\"(\\d+)\".*", "$1"));
            List<SandboxUser> audience = host.directory.users().stream()
                    .filter(user -> user.groups().stream().anyMatch(parameters.get("audience")::contains)).toList();
            Acknowledgements acknowledgements = host.container.get(Acknowledgements.class);
            audience.stream().limit(10_000).forEach(user -> acknowledgements.acknowledge(id, user.getKey().getStringValue(), 1, 1, Instant.now()));
            String reader = audience.get(audience.size() / 2).getName();
            System.out.printf("Announcement %d: audience %,d people, %,d acknowledgements; %,d iterations after %,d warm-up%n", id,
                    audience.size(), Math.min(10_000, audience.size()), iterations, iterations / 4);

            Views views = host.container.get(Views.class);
            AnnouncementUseCases useCases = host.container.get(AnnouncementUseCases.class);
            for (String viewer : List.of(reader, "hana")) {
                String key = host.directory.byName(viewer).orElseThrow().getKey().getStringValue();
                MacroCall call = new MacroCall(pageId, MACRO_ID, "NEWS", parameters, body, "display", "hana-key-unused", key);
                AnnouncementView view = as(host, viewer, () -> useCases.show().forViewer(call, key));
                ShowAnnouncement inMemory = InMemoryStores.show(host, id, key);
                long[] full = time(iterations, () -> as(host, viewer, () -> execute(macro, parameters, body, page)));
                long[] memory = time(iterations, () -> as(host, viewer, () -> views.render(TEMPLATE, inMemory.forViewer(call, key))));
                long[] template = time(iterations, () -> as(host, viewer, () -> views.render(TEMPLATE, view)));
                System.out.printf("%-10s on H2: median %3d us (p90 %3d, p99 %4d) | same macro, in-memory stores: median %3d us"
                                + " | template from in-memory view: median %3d us | ratios %.1fx and %.1fx%n",
                        viewer.equals("hana") ? "HR" : "employee", full[0], full[1], full[2], memory[0], template[0],
                        (double) full[0] / Math.max(1, memory[0]), (double) full[0] / Math.max(1, template[0]));
            }
        }
    }

    private static String execute(Macro macro, Map<String, String> parameters, String body, AbstractPage page) {
        SandboxConversionContext context = new SandboxConversionContext(page, page.getSpaceKey(), "display");
        MacroDefinition definition = new MacroDefinition();
        definition.setName("hallway-announcement");
        definition.setMacroIdentifier(MacroId.fromString(MACRO_ID));
        context.setProperty("macroDefinition", definition);
        try {
            return macro.execute(parameters, body, context);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(SandboxHost host, String username, java.util.function.Supplier<T> action) {
        return host.currentUser.callAs(host.directory.byName(username).orElseThrow(), action);
    }

    /** Median, 90th and 99th percentile of {@code iterations} timed runs after a quarter as many untimed ones, in microseconds. */
    private static long[] time(int iterations, Runnable work) {
        for (int i = 0; i < iterations / 4; i++) {
            work.run();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new long[] {nanos[iterations / 2] / 1000, nanos[iterations * 9 / 10] / 1000, nanos[iterations * 99 / 100] / 1000};
    }
}
