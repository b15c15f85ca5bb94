package app.hallway.sandbox.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The feedback settings in a browser: a space's administrator switches the panel; a site administrator sets defaults. */
class FeedbackSettingsBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onSandbox("browser-feedback-settings");
    private static final String SAVE = ".hallway-settings-form button[type=submit]";
    private static final String STATUS = ".hallway-settings-form .hallway-form-status";

    /** Chooses the radio button {@code id} and saves, all by keyboard; returns when the page says it saved. */
    private static void chooseAndSaveByKeyboard(String id) {
        browser.script("document.getElementById(arguments[0]).focus();", id);
        browser.actions().sendKeys(Keys.SPACE).perform();
        browser.script("document.querySelector(arguments[0]).focus();", SAVE);
        browser.actions().sendKeys(Keys.ENTER).perform();
        browser.waitForText(STATUS, "Saved.");
    }

    @Test
    void aSpaceAdministratorSwitchesThePanelOffAndOnAgainForTheSpacesPagesByKeyboard() {
        long page = browser.setup().page("hana", "NEWS", "Summer party", "<p>On the roof.</p>");
        browser.visit("/plugins/servlet/hallway/space-feedback?key=NEWS", "hana");
        assertEquals("The panel is shown in this space now.", browser.find("[data-hallway-effect]").getText());
        assertEquals(List.of(), browser.problems());

        chooseAndSaveByKeyboard("hallway-space-panel-off");
        assertEquals(browser.find(SAVE), browser.focused(), "the keyboard focus stays on Save");
        assertEquals("The panel is hidden in this space now.", browser.find("[data-hallway-effect]").getText(),
                "what the page says is in effect follows the save");
        browser.visit("/pages/" + page, "eli");
        assertTrue(browser.findAll("#hallway-feedback").isEmpty(), "no panel on the space's pages");

        browser.visit("/plugins/servlet/hallway/space-feedback?key=NEWS", "hana");
        assertTrue(browser.find("#hallway-space-panel-off").isSelected(), "the choice is kept");
        browser.find("#hallway-space-panel-default").click();
        browser.find(SAVE).click();
        browser.waitForText(STATUS, "Saved.");
        assertEquals("The panel is shown in this space now.", browser.find("[data-hallway-effect]").getText());
        browser.visit("/pages/" + page, "eli");
        assertTrue(browser.find("#hallway-feedback").isDisplayed(), "the panel is back");
        assertEquals(List.of(), browser.problems());
    }

    @Test
    void aBadReactionListIsNamedNextToItsFieldWhichTakesTheFocusAndNothingIsSaved() {
        browser.visit("/plugins/servlet/hallway/feedback-settings", "admin");
        WebElement reactions = browser.find("#hallway-settings-reactions");
        String before = reactions.getDomProperty("value");
        assertEquals(List.of(), browser.problems());

        reactions.clear();
        reactions.sendKeys("a b c d e f g h i j k l m");
        browser.find(SAVE).click();

        WebElement error = browser.waitForText(".hallway-field-error", "List between 1 and 12 different reactions");
        assertEquals("alert", error.getDomAttribute("role"));
        assertEquals(reactions, browser.focused(), "the field to fix takes the focus");
        assertEquals("true", reactions.getDomAttribute("aria-invalid"));
        assertTrue(reactions.getDomAttribute("aria-describedby").contains(error.getDomAttribute("id")), "read out with the field");
        assertTrue(browser.<Boolean>script("return arguments[0].closest('.field-group').contains(arguments[1]);", reactions, error),
                "the error sits with its field");

        List<String> problems = browser.problems();
        assertTrue(problems.size() == 1 && problems.get(0).contains("status of 400"), "only the refused save: " + problems);
        browser.visit("/plugins/servlet/hallway/feedback-settings", "admin");
        assertEquals(before, browser.find("#hallway-settings-reactions").getDomProperty("value"), "nothing was saved");

        browser.find("#hallway-settings-minimum").clear();
        browser.find("#hallway-settings-minimum").sendKeys("7", Keys.ENTER);
        browser.waitForText(STATUS, "Saved.");
        assertTrue(browser.findAll(".hallway-field-error").isEmpty());
        browser.visit("/plugins/servlet/hallway/feedback-settings", "admin");
        assertEquals("7", browser.find("#hallway-settings-minimum").getDomProperty("value"));
        assertEquals(List.of(), browser.problems());
    }

    /** No console check here: the refusal is a 403 page, which Chromium logs as a failed load. */
    @Test
    void peopleWhoDoNotAdministerAreRefusedWithAPageThatSaysWhy() {
        browser.visit("/plugins/servlet/hallway/feedback-settings", "hana");
        assertTrue(browser.find("[role=alert]").getText().contains("Only Confluence administrators"), browser.find("[role=alert]").getText());
        assertTrue(browser.findAll(".hallway-settings-form").isEmpty());

        browser.visit("/plugins/servlet/hallway/space-feedback?key=NEWS", "eli");
        assertTrue(browser.find("[role=alert]").getText().contains("Only the administrators of this space"),
                browser.find("[role=alert]").getText());
        assertTrue(browser.findAll(".hallway-settings-form").isEmpty());
    }
}
