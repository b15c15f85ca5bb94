package app.hallway.sandbox.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** HR's feedback inbox in a browser: feedback from every space, narrowed by the filters, exported as CSV. */
class FeedbackInboxBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onSandbox("browser-inbox");
    private static final String ROWS = ".hallway-inbox-table tbody tr";

    @BeforeAll
    static void start() throws Exception {
        long canteen = browser.setup().page("hana", "NEWS", "Canteen", "<p>New menu</p>");
        long build = browser.setup().page("eli", "ENG", "Build times", "<p>CI is slow</p>");
        long leave = browser.setup().page("hana", "HR", "Parental leave", "<p>The policy</p>");
        browser.setup().send("POST", "/rest/hallway/1.0/feedback/" + canteen, "eli", Map.of("text", "More soup, please"));
        long faster = browser.setup().send("POST", "/rest/hallway/1.0/feedback/" + build, "sam", Map.of("text", "Faster builds, please"))
                .path("id").asLong();
        browser.setup().send("POST", "/rest/hallway/1.0/feedback/" + leave, "noa", Map.of("text", "Explain the part-time rules", "anonymous", true));
        browser.setup().send("PUT", "/rest/hallway/1.0/feedback/items/" + faster + "/status", "hana",
                Map.of("status", "planned", "response", "New runners in May."));
    }

    private static List<String> rows() {
        return browser.findAll(ROWS).stream().map(WebElement::getText).toList();
    }

    @Test
    void hrNarrowsTheInboxByMouseAndKeyboardTheUrlKeepsTheFiltersAndTheCsvHoldsTheSameRows() {
        browser.visit("/plugins/servlet/hallway/feedback-inbox", "hana");
        browser.waitUntil(d -> browser.findAll(ROWS).size() == 3);
        String all = String.join("\n", rows());
        assertTrue(all.contains("More soup") && all.contains("Faster builds") && all.contains("part-time rules"), all);
        assertTrue(all.contains("Anonymous") && !all.contains("Noa"), "anonymous stays anonymous for HR: " + all);
        assertEquals(List.of(), browser.problems());

        new Select(browser.find("#hallway-inbox-status")).selectByValue("planned");
        browser.find(".hallway-inbox-filters button[type=submit]").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("status=planned"));
        assertEquals(1, rows().size());
        assertTrue(rows().get(0).contains("Faster builds") && rows().get(0).contains("New runners in May."), rows().get(0));
        browser.driver().navigate().refresh();
        assertEquals("planned", new Select(browser.find("#hallway-inbox-status")).getFirstSelectedOption().getDomAttribute("value"),
                "the filter survives a reload");
        assertEquals(1, rows().size());

        new Select(browser.find("#hallway-inbox-status")).selectByValue("");
        WebElement space = browser.find("#hallway-inbox-space");
        space.sendKeys("ENG", Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("space=ENG"));
        assertEquals(1, rows().size());
        assertTrue(rows().get(0).contains("Build times"), rows().get(0));
        assertEquals("ENG", browser.find("#hallway-inbox-space").getDomProperty("value"));

        browser.find("#hallway-inbox-space").clear();
        browser.find("#hallway-inbox-space").sendKeys("HR", Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("space=HR"));
        String csv = browser.fetchFromPage(browser.find(".hallway-inbox-filters a[download]").getDomProperty("href"));
        assertTrue(csv.startsWith("200 text/csv"), csv);
        assertTrue(csv.contains("Explain the part-time rules") && !csv.contains("More soup") && !csv.contains("Faster builds"), csv);
        assertEquals(List.of(), browser.problems());

        WebElement pageLink = browser.find(ROWS + " a");
        browser.script("arguments[0].focus();", pageLink);
        browser.actions().sendKeys(Keys.ENTER).perform();
        WebElement item = browser.waitForText(".hallway-feedback-item", "Explain the part-time rules");
        assertTrue(browser.driver().getCurrentUrl().endsWith("#" + item.getDomAttribute("id")), "HR lands on the item to answer it");
    }

    @Test
    void aFilterThatMatchesNothingSaysSoAndABadOneNamesTheFilter() {
        browser.visit("/plugins/servlet/hallway/feedback-inbox?age=older", "hana");
        assertTrue(browser.findAll(".hallway-inbox-table").isEmpty());
        assertEquals("No feedback matches these filters.", browser.find(".hallway-empty").getText());
        assertEquals("older", new Select(browser.find("#hallway-inbox-age")).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals(List.of(), browser.problems());

        browser.visit("/plugins/servlet/hallway/feedback-inbox?age=yesterday", "hana");
        WebElement alert = browser.find("[role=alert]");
        assertTrue(alert.getText().contains("yesterday"), alert.getText());
        assertFalse(alert.getText().contains("Exception"), alert.getText());
    }

    @Test
    void someoneOutsideHrIsRefusedWithAPageThatSaysWhy() {
        browser.visit("/plugins/servlet/hallway/feedback-inbox", "eli");
        WebElement alert = browser.find("[role=alert]");
        String text = alert.getText();
        assertTrue(text.contains("HR"), text);
        assertFalse(text.contains("Exception") || text.contains("at app.hallway"), text);
        assertTrue(browser.findAll(".hallway-inbox-table, .hallway-inbox-filters").isEmpty(), "no feedback, no filters");
        assertTrue(browser.fetchFromPage("/plugins/servlet/hallway/feedback-inbox").startsWith("403 "));
    }
}
