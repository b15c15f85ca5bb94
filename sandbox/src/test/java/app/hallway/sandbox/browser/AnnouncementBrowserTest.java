package app.hallway.sandbox.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** An announcement that asks for acknowledgement, in a browser: the reader acknowledges, HR follows it on the report. */
class AnnouncementBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onSandbox("browser-announcements");

    private static long publish(String macroId, String title, String text) {
        return browser.setup().page("hana", "NEWS", title, "<ac:structured-macro ac:name=\"hallway-announcement\" ac:macro-id=\"" + macroId + "\">"
                + "<ac:parameter ac:name=\"title\">" + title + "</ac:parameter><ac:parameter ac:name=\"audience\">engineering</ac:parameter>"
                + "<ac:parameter ac:name=\"acknowledgement\">true</ac:parameter><ac:parameter ac:name=\"due\">"
                + LocalDate.now().plusDays(5) + "</ac:parameter><ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>");
    }

    /** HR's way to the report: the link under the announcement on its page. */
    private static void openReportAsHr(long page) {
        browser.visit("/pages/" + page, "hana");
        browser.find(".hallway-report-link").click();
        browser.waitForText("h1", "");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/plugins/servlet/hallway/announcement-report"));
    }

    @Test
    void aReaderAcknowledgesWithTheKeyboardAndReactsAndHrSeesItOnTheReportAndInTheCsv() {
        long page = publish("ack-1", "Fire drill on Friday", "Meet at the car park.");
        browser.visit("/pages/" + page, "eli");

        WebElement acknowledge = browser.find(".hallway-acknowledge");
        assertEquals("Acknowledge", acknowledge.getText());
        browser.script("arguments[0].focus();", acknowledge);
        browser.actions().sendKeys(Keys.ENTER).perform();
        WebElement status = browser.waitForText(".hallway-acknowledge-status", "Acknowledged on");
        assertTrue(browser.findAll(".hallway-acknowledge").isEmpty(), "the button is gone");
        assertTrue(browser.findAll(".hallway-due").isEmpty(), "no due date once done");
        assertEquals(status, browser.focused(), "the keyboard focus lands on what happened, not on the top of the page");

        String thumbs = ".hallway-announcement .hallway-reactions .hallway-reaction[data-reaction='👍']";
        browser.waitUntil(d -> !d.findElements(By.cssSelector(thumbs)).isEmpty());
        browser.find(thumbs).click();
        browser.waitForAttribute(thumbs, "aria-pressed", "true");
        assertEquals("1", browser.find(thumbs + " .hallway-reaction-count").getText());

        browser.visit("/pages/" + page, "eli");
        assertTrue(browser.find(".hallway-acknowledgement").getText().startsWith("Acknowledged on"), "kept after a reload");

        openReportAsHr(page);
        WebElement eli = browser.waitForText(".hallway-report-table tbody tr", "(eli)");
        assertTrue(eli.getText().toLowerCase().contains("acknowledged"), eli.getText());
        assertTrue(browser.find(".hallway-report-progress").getText().startsWith("1 of 2 acknowledged"));
        String csv = browser.fetchFromPage(browser.find(".hallway-report-filters a[download]").getDomProperty("href"));
        assertTrue(csv.startsWith("200 text/csv"), csv);
        assertTrue(csv.contains("Eli Engineer,eli,Acknowledged,engineering,1,"), csv);
    }

    @Test
    void hrAsksForANewAcknowledgementAfterAChangeAndTheReaderIsAskedAgain() {
        long page = publish("ack-2", "Travel policy", "Book trains.");
        browser.visit("/pages/" + page, "eli");
        browser.find(".hallway-acknowledge").click();
        browser.waitForText(".hallway-acknowledge-status", "Acknowledged on");
        publish("ack-2", "Travel policy", "Book trains, second class.");

        openReportAsHr(page);
        browser.find(".hallway-require-version").click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".hallway-require-version")).isEmpty());
        WebElement eli = browser.waitForText(".hallway-report-table tbody tr", "(eli)");
        assertTrue(eli.getText().toLowerCase().contains("pending"), "earlier acknowledgements stop counting: " + eli.getText());

        browser.visit("/pages/" + page, "eli");
        assertEquals("Acknowledge", browser.find(".hallway-acknowledge").getText());
    }
}
