package app.hallway.sandbox.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The announcement feed macro as the company news page, read in a browser. */
class FeedBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onSandbox("browser-feed");
    private static final String TITLES = ".hallway-feed-item .hallway-feed-title a";

    static long news;

    @BeforeAll
    static void start() throws Exception {
        announce("Fire drill", "<ac:parameter ac:name=\"audience\">engineering</ac:parameter>"
                + "<ac:parameter ac:name=\"acknowledgement\">true</ac:parameter><ac:parameter ac:name=\"due\">"
                + LocalDate.now().plusDays(5) + "</ac:parameter>");
        for (String title : List.of("Canteen opens", "New badges", "Summer party")) {
            announce(title, "");
            Thread.sleep(5); // distinct publication instants, so "newest first" has one answer
        }
        news = browser.setup().page("hana", "NEWS", "Company news", "<ac:structured-macro ac:name=\"hallway-announcements\">"
                + "<ac:parameter ac:name=\"max\">3</ac:parameter></ac:structured-macro>");
    }

    private static void announce(String title, String parameters) {
        long page = browser.setup().page("hana", "NEWS", title, "<ac:structured-macro ac:name=\"hallway-announcement\" ac:macro-id=\"feed-" + title.hashCode()
                + "\"><ac:parameter ac:name=\"title\">"
                + title + "</ac:parameter>" + parameters + "<ac:rich-text-body><p>About " + title + ".</p></ac:rich-text-body>"
                + "</ac:structured-macro>");
        browser.setup().view("hana", page);
    }

    private static List<String> titles() {
        return browser.findAll(TITLES).stream().map(WebElement::getText).toList();
    }

    @Test
    void theNewsPageListsWhatWaitsForTheReaderFirstThenTheNewestAndAtMostItsMaximum() {
        browser.visit("/pages/" + news, "eli");
        assertEquals(List.of("Fire drill", "Summer party", "New badges"), titles());
        assertTrue(browser.find(".hallway-feed-waiting .hallway-feed-status").getText().startsWith("Please acknowledge by"),
                browser.find(".hallway-feed-waiting").getText());
        assertEquals(List.of(), browser.problems());

        browser.visit("/pages/" + news, "sam");
        assertEquals(List.of("Summer party", "New badges", "Canteen opens"), titles(), "the drill is for engineering only");
    }

    @Test
    void aReaderOpensAnAnnouncementFromTheFeedByKeyboard() {
        browser.visit("/pages/" + news, "sam");
        WebElement first = browser.find(TITLES);
        browser.script("arguments[0].focus();", first);
        assertEquals(first, browser.focused());
        browser.actions().sendKeys(Keys.TAB).perform();
        assertEquals("New badges", browser.focused().getText(), "the next item is one Tab away");
        browser.actions().sendKeys(Keys.ENTER).perform();
        browser.waitForText(".hallway-announcement", "About New badges.");
        assertEquals(List.of(), browser.problems());
    }
}
