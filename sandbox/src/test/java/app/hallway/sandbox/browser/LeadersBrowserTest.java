package app.hallway.sandbox.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The opinion-leader report and the privacy page in a browser, on the sandbox's demo colleagues and their
 * activity: HR computes a short period and watches it finish; an employee reads what is kept and objects.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeadersBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onDemoSandbox("browser-leaders", 60);

    /** Fills in the period and computes it, as HR would; returns when the page says it is ready. */
    private static void compute(LocalDate from, LocalDate to) {
        browser.script("document.getElementById('hallway-leaders-from').value = arguments[0];"
                + "document.getElementById('hallway-leaders-to').value = arguments[1];", from.toString(), to.toString());
        browser.find("#hallway-leaders-compute").click();
        browser.waitForText("#hallway-leaders-status", "The report for " + from + " to " + to + " is ready.");
    }

    @Test
    @Order(1)
    void hrComputesAShortPeriodAndSeesProgressThenTheTable() {
        browser.visit("/plugins/servlet/hallway/leaders", "hana");
        browser.waitForText("#hallway-leaders-empty", "No report yet");
        String from = LocalDate.now().minusDays(30).toString();
        String to = LocalDate.now().toString();
        browser.script("document.getElementById('hallway-leaders-from').value = arguments[0];"
                + "document.getElementById('hallway-leaders-to').value = arguments[1];"
                + "var box = document.getElementById('hallway-leaders-progress'); window.hallwayProgressShown = false;"
                + "new MutationObserver(function () { if (!box.hidden) { window.hallwayProgressShown = true; } })"
                + ".observe(box, {attributes: true});", from, to);

        browser.find("#hallway-leaders-compute").click();

        browser.waitForText("#hallway-leaders-status", "The report for " + from + " to " + to + " is ready.");
        assertTrue(browser.<Boolean>script("return window.hallwayProgressShown;"), "the progress bar showed while it ran");
        assertFalse(browser.find("#hallway-leaders-progress").isDisplayed(), "and went away when done");
        assertTrue(browser.find("#hallway-leaders-table").isDisplayed());
        assertFalse(browser.findAll("#hallway-leaders-table tbody tr").isEmpty(), "the demo's popular authors are there");
        assertTrue(browser.find("#hallway-leaders-summary").getText().contains(from), browser.find("#hallway-leaders-summary").getText());
        assertFalse(browser.find("#hallway-leaders-retention").isDisplayed(), "a period ending today lost nothing to retention");
    }

    @Test
    @Order(2)
    void hrIsToldWhenRetentionCutThePeriodOrOnlyItsTrend() {
        // The sandbox runs on the system clock and keeps rollups 36 months. Once the retention job has deleted what
        // is older (the notice follows what was deleted, not the setting), a period ending two years ago is kept
        // whole, the one its trend compares with is not; a period three years back is not kept whole either.
        browser.setup().send("POST", "/rest/sandbox/jobs/hallway-interaction-retention", "admin", null);
        LocalDate today = LocalDate.now();
        browser.visit("/plugins/servlet/hallway/leaders", "hana");
        browser.waitUntil(driver -> !browser.find("#hallway-leaders-summary").getText().isEmpty());
        String keptSince = "Interactions before (\\d{1,2} \\p{L}+ \\d{4}|\\p{L}+ \\d{1,2}, \\d{4}) are no longer kept "
                + "\\(retention: 36 months\\), ";

        compute(today.minusMonths(30), today.minusMonths(24));
        String trendCut = browser.find("#hallway-leaders-retention").getText();
        compute(today.minusMonths(39), today.minusMonths(36));
        String reportCut = browser.find("#hallway-leaders-retention").getText();

        assertTrue(trendCut.matches(keptSince + "so the trend of this report compares with less than the whole previous period\\."),
                trendCut);
        assertTrue(reportCut.matches(keptSince + "so this report covers less than the period you chose\\."), reportCut);
        assertTrue(browser.<Boolean>script("var notice = document.getElementById('hallway-leaders-retention');"
                + "return !!(notice.compareDocumentPosition(document.getElementById('hallway-leaders-table'))"
                + " & Node.DOCUMENT_POSITION_FOLLOWING);"), "the notice comes before the table");
    }

    @Test
    @Order(3)
    void anEmployeeReadsWhatIsKeptAboutThemObjectsComesBackAndErasesIt() {
        long page = browser.setup().page("hana", "NEWS", "Canteen", "<p>New menu</p>");
        browser.setup().send("POST", "/rest/hallway/1.0/feedback/" + page, "eli", Map.of("text", "More soup"));
        browser.setup().send("PUT", "/rest/hallway/1.0/reactions/" + page + "/%F0%9F%91%8D", "eli", null);
        browser.visit("/plugins/servlet/hallway/privacy", "eli");

        browser.waitForText("#hallway-privacy-summary",
                "Feedback panel and polls: 1 named feedback items, 1 reactions, 0 support votes, 0 votes in named polls.");
        String summary = browser.find("#hallway-privacy-summary").getText();
        assertTrue(summary.contains("Announcements: 0 acknowledgements (kept), 0 reminders sent to you."), summary);
        assertEquals("You are included in the opinion-leader report.", browser.find("#hallway-privacy-status").getText());

        browser.find("#hallway-privacy-toggle").click();
        browser.waitForText("#hallway-privacy-feedback", "Done: you will be left out from the next computation on.");
        assertTrue(browser.find("#hallway-privacy-status").getText().startsWith("You objected on"));
        assertEquals("Include me again", browser.find("#hallway-privacy-toggle").getText());
        assertEquals(browser.find("#hallway-privacy-toggle"), browser.focused(), "the keyboard focus stays on the button");

        browser.visit("/plugins/servlet/hallway/privacy", "eli");
        browser.waitForText("#hallway-privacy-status", "You objected on");
        browser.find("#hallway-privacy-toggle").click();
        browser.waitForText("#hallway-privacy-feedback", "Done: you will be included again from the next computation on.");
        assertEquals("You are included in the opinion-leader report.", browser.find("#hallway-privacy-status").getText());

        browser.find("#hallway-privacy-erase").click();
        assertEquals(browser.find("#hallway-privacy-erase-no"), browser.focused(), "asked first, the safe answer focused");
        browser.find("#hallway-privacy-erase-yes").click();
        browser.waitForText("#hallway-privacy-feedback", "Erased ");
        browser.waitForText("#hallway-privacy-summary",
                "Feedback panel and polls: 0 named feedback items, 0 reactions, 0 support votes, 0 votes in named polls.");
    }
}
