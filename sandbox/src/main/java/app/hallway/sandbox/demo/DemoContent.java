package app.hallway.sandbox.demo;

import app.hallway.sandbox.content.PageRequest;
import app.hallway.sandbox.content.Pages;
import app.hallway.sandbox.content.SandboxPage;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo pages, created through {@link Pages} like {@code POST /rest/sandbox/pages}. Saving is by space and
 * title, so running it again (a restart, a second node) only adds versions; callers skip it once it exists.
 */
public final class DemoContent {
    public static final String WELCOME_TITLE = "Welcome to Hallway";
    public static final String TYPO_TITLE = "Office move (macro with a typo)";
    public static final String POLICY_TITLE = "Travel policy 2027";
    public static final String NEWS_TITLE = "Company news";

    private DemoContent() {
    }

    public static boolean isPresent(Pages pages) {
        return pages.all().stream().anyMatch(p -> p.spaceKey().equals("NEWS") && p.title().equals(WELCOME_TITLE));
    }

    public static void create(Pages pages) {
        pages.save(new PageRequest("NEWS", WELCOME_TITLE, """
                <p>This is the company's new home for news. HR publishes announcements here instead of mass email.</p>
                <ac:structured-macro ac:name="hallway-announcement" ac:schema-version="1" ac:macro-id="7d3c1c5e-0b7a-4c62-9d0e-1f2a3b4c5d01">
                  <ac:parameter ac:name="title">Welcome to the new intranet</ac:parameter>
                  <ac:parameter ac:name="priority">important</ac:parameter>
                  <ac:rich-text-body>
                    <p>From today, every announcement lives on a page you can <strong>react to</strong>, comment on and acknowledge.</p>
                    <p>Tell us what you think&nbsp;&mdash; anonymously if you prefer.</p>
                  </ac:rich-text-body>
                </ac:structured-macro>
                <h2>What changes</h2>
                <ul><li>No more all-staff email.</li><li>Your feedback reaches HR directly.</li></ul>
                """, SandboxPage.PAGE, List.of()), "hana");
        pages.save(new PageRequest("NEWS", TYPO_TITLE, """
                <p>The announcement below has a typo in its priority, so the editor sees what to fix.</p>
                <ac:structured-macro ac:name="hallway-announcement" ac:schema-version="1" ac:macro-id="7d3c1c5e-0b7a-4c62-9d0e-1f2a3b4c5d02">
                  <ac:parameter ac:name="title">We are moving to the fourth floor</ac:parameter>
                  <ac:parameter ac:name="priority">urgnt</ac:parameter>
                  <ac:rich-text-body><p>Pack your desk by Friday.</p></ac:rich-text-body>
                </ac:structured-macro>
                """, SandboxPage.PAGE, List.of()), "hana");
        createAnnouncementDemo(pages);
        pages.save(new PageRequest("NEWS", "Hallway is live", """
                <p>Hallway is live on our Confluence. Like this post if you have found the feedback button.</p>
                """, SandboxPage.BLOGPOST, List.of()), "hana");
        pages.save(new PageRequest("ENG", "Engineering handbook", """
                <h1>Engineering handbook</h1>
                <p>How we build, review and ship. Start with the <ac:link><ri:page ri:content-title="Engineering on-call rota"/></ac:link>.</p>
                <ac:structured-macro ac:name="info" ac:macro-id="7d3c1c5e-0b7a-4c62-9d0e-1f2a3b4c5d03">
                  <ac:rich-text-body><p>A Confluence macro the sandbox does not have shows as a placeholder.</p></ac:rich-text-body>
                </ac:structured-macro>
                """, SandboxPage.PAGE, List.of()), "eli");
        pages.save(new PageRequest("ENG", "Engineering on-call rota", """
                <p>Only engineering sees this page.</p>
                <ac:structured-macro ac:name="hallway-announcement" ac:macro-id="7d3c1c5e-0b7a-4c62-9d0e-1f2a3b4c5d04">
                  <ac:parameter ac:name="title">New on-call rota from Monday</ac:parameter>
                  <ac:parameter ac:name="audience">engineering</ac:parameter>
                  <ac:rich-text-body><p>Check your shifts and swap them before Friday.</p></ac:rich-text-body>
                </ac:structured-macro>
                """, SandboxPage.PAGE, List.of("engineering")), "eli");
    }

    /**
     * HR's announcement that asks three departments to acknowledge by a date five days from the demo's creation
     * (with a Spanish translation), and the news page whose feed macro lists what is aimed at the reader.
     */
    private static void createAnnouncementDemo(Pages pages) {
        pages.save(new PageRequest("NEWS", POLICY_TITLE, """
                <p>The travel policy changes on 1 January.</p>
                <ac:structured-macro ac:name="hallway-announcement" ac:schema-version="1" ac:macro-id="7d3c1c5e-0b7a-4c62-9d0e-1f2a3b4c5d05">
                  <ac:parameter ac:name="title">New travel policy: please read and acknowledge</ac:parameter>
                  <ac:parameter ac:name="priority">urgent</ac:parameter>
                  <ac:parameter ac:name="audience">engineering,sales,support</ac:parameter>
                  <ac:parameter ac:name="acknowledgement">true</ac:parameter>
                  <ac:parameter ac:name="due">%s</ac:parameter>
                  <ac:parameter ac:name="lang">en</ac:parameter>
                  <ac:rich-text-body>
                    <p>From 1 January, book every trip through the travel portal and get your manager's approval first.</p>
                    <ac:structured-macro ac:name="hallway-translation" ac:macro-id="7d3c1c5e-0b7a-4c62-9d0e-1f2a3b4c5d06">
                      <ac:parameter ac:name="lang">es</ac:parameter>
                      <ac:rich-text-body>
                        <p>Desde el 1 de enero, reserva cada viaje en el portal de viajes y pide antes la aprobación de tu responsable.</p>
                      </ac:rich-text-body>
                    </ac:structured-macro>
                  </ac:rich-text-body>
                </ac:structured-macro>
                """.formatted(LocalDate.now().plusDays(5)), SandboxPage.PAGE, List.of()), "hana");
        pages.save(new PageRequest("NEWS", NEWS_TITLE, """
                <p>Everything HR and the company announce, newest first; what waits for you comes first.</p>
                <ac:structured-macro ac:name="hallway-announcements" ac:schema-version="1" ac:macro-id="7d3c1c5e-0b7a-4c62-9d0e-1f2a3b4c5d07">
                  <ac:parameter ac:name="max">10</ac:parameter>
                </ac:structured-macro>
                """, SandboxPage.PAGE, List.of()), "hana");
    }
}
