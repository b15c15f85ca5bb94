package app.hallway.sandbox.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The feedback panel under a page as people use it in a browser: with the mouse, the keyboard, and in Spanish. */
class FeedbackPanelBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onSandbox("browser-feedback");
    private static final String PANEL_BAR = "#hallway-feedback > .hallway-reactions";
    private static final String THUMBS = PANEL_BAR + " .hallway-reaction[data-reaction='👍']";
    private static final String PARTY = PANEL_BAR + " .hallway-reaction[data-reaction='🎉']";
    private static final String SUBMIT = ".hallway-feedback-form button[type=submit]";

    private static long aPage(String title) {
        return browser.setup().page("hana", "NEWS", title, "<p>We are redoing the canteen.</p>");
    }

    private static String count(String button) {
        return browser.find(button + " .hallway-reaction-count").getText();
    }

    @Test
    void reactionsToggleByMouseAndByKeyboardAndSayWhoReacted() {
        long page = aPage("Canteen plans");
        browser.setup().send("PUT", "/rest/hallway/1.0/reactions/" + page + "/%F0%9F%8E%89", "sam", null);
        browser.visit("/pages/" + page, "eli");

        browser.find(THUMBS).click();
        browser.waitForAttribute(THUMBS, "aria-pressed", "true");
        assertEquals("1", count(THUMBS));
        browser.find(THUMBS).click();
        browser.waitForAttribute(THUMBS, "aria-pressed", "false");
        assertEquals("0", count(THUMBS));

        browser.actions().moveToElement(browser.find(PARTY)).perform();
        assertTrue(browser.waitForText(PANEL_BAR + " .hallway-who", "Reacted: Sam").isDisplayed(), "who reacted, on hover");

        browser.find("#hallway-feedback-heading").click();
        browser.actions().sendKeys(Keys.TAB).perform();
        assertEquals("👍", browser.focused().getDomAttribute("data-reaction"));
        assertTrue(browser.waitForText(PANEL_BAR + " .hallway-who", "No one yet").isDisplayed(), "who reacted, on focus");
        browser.actions().sendKeys(Keys.ENTER).perform();
        browser.waitForAttribute(THUMBS, "aria-pressed", "true");
        assertEquals("1", count(THUMBS));
        browser.waitForText(PANEL_BAR + " .hallway-who", "Reacted: Eli");
        browser.actions().sendKeys(Keys.TAB, Keys.TAB, Keys.SPACE).perform();
        browser.waitForAttribute(PARTY, "aria-pressed", "true");
        assertEquals("2", count(PARTY));
        assertEquals("🎉", browser.focused().getDomAttribute("data-reaction"), "the focus stays on the button");
    }

    @Test
    void theFormPostsNamedOrAnonymousFeedbackWithoutReloadAndEmptyTooLongOrScriptedTextDoesNoHarm() {
        long page = aPage("Office plants");
        browser.visit("/pages/" + page, "eli");
        browser.script("window.hallwaySamePage = true;");

        WebElement text = browser.find("#hallway-feedback-text");
        text.sendKeys("More plants in the office, please.");
        browser.find(SUBMIT).click();

        WebElement item = browser.waitForText(".hallway-feedback-item", "More plants in the office, please.");
        assertEquals("Eli Engineer", item.findElement(By.cssSelector(".hallway-item-author")).getText());
        assertEquals("Feedback (1)", browser.find("[data-hallway-total]").getText());
        assertEquals("", text.getDomProperty("value"), "the form is ready for the next one");
        assertTrue(browser.<Boolean>script("return window.hallwaySamePage === true;"), "no reload");

        text.sendKeys("   ");
        browser.find(SUBMIT).click();
        browser.waitForText(".hallway-form-error", "is empty");
        browser.script("var t = document.getElementById('hallway-feedback-text'); t.value = 'x'.repeat(2001);"
                + "t.dispatchEvent(new Event('input'));");
        assertEquals("2,001 of 2,000 characters", browser.find("[data-hallway-counter]").getText());
        browser.find(SUBMIT).click();
        browser.waitForText(".hallway-form-error", "at most 2,000 characters");
        assertEquals(1, browser.findAll(".hallway-feedback-items > li").size(), "nothing added");

        text.clear();
        text.sendKeys("<script>window.hallwayInjected = 1</script><img src=x onerror=\"window.hallwayInjected = 2\"> a <b>bold</b> idea");
        browser.find(SUBMIT).click();
        WebElement scripted = browser.waitForText(".hallway-feedback-item", "<script>window.hallwayInjected = 1</script>");
        assertTrue(scripted.getText().contains("<img src=x onerror=") && scripted.getText().contains("<b>bold</b>"), scripted.getText());
        assertTrue(browser.findAll(".hallway-feedback-items script, .hallway-feedback-items img, .hallway-feedback-items b").isEmpty());
        browser.visit("/pages/" + page, "eli");
        browser.waitForText(".hallway-feedback-item", "<script>window.hallwayInjected = 1</script>");
        assertNull(browser.script("return window.hallwayInjected;"), "nothing ran");

        WebElement anonymous = browser.find("#hallway-feedback-anonymous");
        WebElement promise = browser.find("#" + anonymous.getDomAttribute("aria-describedby"));
        anonymous.click();
        assertTrue(promise.isDisplayed());
        assertTrue(promise.getText().startsWith("Anonymous means anonymous"), promise.getText());
        browser.find("#hallway-feedback-text").sendKeys("The car park is too small.");
        browser.find(SUBMIT).click();
        WebElement unnamed = browser.waitForText(".hallway-feedback-item", "The car park is too small.");
        assertEquals("Anonymous", unnamed.findElement(By.cssSelector(".hallway-item-author")).getText());
        assertTrue(unnamed.findElements(By.cssSelector(".hallway-edit, .hallway-withdraw")).isEmpty(), "nobody can tell it is theirs");
        assertFalse(anonymous.isSelected(), "the next feedback is named unless asked again");
    }

    @Test
    void colleaguesSupportAnItemItsAuthorEditsAndWithdrawsItAndHrAnswers() {
        long page = aPage("Bikes");
        browser.setup().send("POST", "/rest/hallway/1.0/feedback/" + page, "sam", Map.of("text", "Bike racks by the door"));
        browser.setup().send("POST", "/rest/hallway/1.0/feedback/" + page, "eli", Map.of("text", "Showers for cyclists"));
        browser.visit("/pages/" + page, "eli");

        WebElement samsItem = browser.waitForText(".hallway-feedback-item", "Bike racks by the door");
        WebElement support = samsItem.findElement(By.cssSelector(".hallway-support"));
        assertTrue(support.getText().endsWith("0"), support.getText());
        support.click();
        browser.waitUntil(d -> "true".equals(support.getDomAttribute("aria-pressed")));
        assertTrue(support.getText().endsWith("1"), support.getText());

        WebElement mine = browser.waitForText(".hallway-feedback-item", "Showers for cyclists");
        assertFalse(mine.findElement(By.cssSelector(".hallway-support")).isEnabled(), "nobody supports their own idea");
        mine.findElement(By.cssSelector(".hallway-edit")).click();
        WebElement edit = mine.findElement(By.cssSelector(".hallway-edit-form textarea"));
        assertEquals(edit, browser.focused(), "the edit box takes the focus");
        edit.clear();
        edit.sendKeys("Showers and lockers for cyclists");
        mine.findElement(By.cssSelector(".hallway-edit-form button[type=submit]")).click();
        WebElement edited = browser.waitForText(".hallway-feedback-item", "Showers and lockers for cyclists");
        assertTrue(edited.getText().contains("(edited)"), edited.getText());
        edited.findElement(By.cssSelector(".hallway-withdraw")).click();
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(d -> browser.findAll(".hallway-feedback-item").size() == 1);
        assertEquals("Feedback (1)", browser.find("[data-hallway-total]").getText());

        browser.visit("/pages/" + page, "hana");
        WebElement forHr = browser.waitForText(".hallway-feedback-item", "Bike racks by the door");
        forHr.findElement(By.cssSelector(".hallway-answer summary")).click();
        new org.openqa.selenium.support.ui.Select(forHr.findElement(By.cssSelector(".hallway-answer-form select"))).selectByVisibleText("Planned");
        forHr.findElement(By.cssSelector(".hallway-answer-form textarea")).sendKeys("Ordered for March.");
        forHr.findElement(By.cssSelector(".hallway-answer-form button[type=submit]")).click();
        browser.waitForText(".hallway-item-response-text", "Ordered for March.");
        browser.visit("/pages/" + page, "eli");
        WebElement answered = browser.waitForText(".hallway-feedback-item", "Ordered for March.");
        assertTrue(answered.getText().contains("Hana HR"), answered.getText());
        assertEquals("planned", answered.findElement(By.cssSelector(".hallway-status")).getText().toLowerCase());
    }

    @Test
    void theSpanishPanelSpeaksSpanishInItsScriptsToo() {
        long page = aPage("Comedor");
        browser.visit("/pages/" + page, "ana");

        assertEquals("Reacciones y opiniones", browser.find("#hallway-feedback-heading").getText());
        assertTrue(browser.find("#hallway-feedback-promise").getText().startsWith("Anónimo significa anónimo"));
        browser.find("#hallway-feedback-text").sendKeys("Más verdura");
        assertEquals("11 de 2000 caracteres", browser.find("[data-hallway-counter]").getText());
        browser.find(SUBMIT).click();
        browser.waitForText(".hallway-feedback-item", "Más verdura");
        assertEquals("Opiniones (1)", browser.find("[data-hallway-total]").getText());

        browser.visit("/pages/" + page + "?lang=es", "eli");
        assertEquals("Reacciones y opiniones", browser.find("#hallway-feedback-heading").getText());
        browser.visit("/pages/" + page, "eli");
        assertEquals("Reactions and feedback", browser.find("#hallway-feedback-heading").getText());
    }
}
