package app.hallway.sandbox.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Hallway's site settings page in a browser, as an administrator uses it, in English and in Spanish. */
class SettingsBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onSandbox("browser-settings");
    private static final String PAGE = "/plugins/servlet/hallway/settings";
    private static final String SAVE = ".hallway-settings-form button[type=submit]";
    private static final String STATUS = ".hallway-settings-form .hallway-form-status";

    private static void type(String css, String value) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(value);
    }

    /** The shortest retention the form allows: long enough for the longest report and its trend. */
    private static String minimumRetention() {
        return browser.find("#hallway-site-rollup-retention").getDomAttribute("min");
    }

    private static String stored() {
        return browser.fetchFromPage("/rest/hallway/1.0/admin/settings");
    }

    @Test
    void aValueSurvivesAReloadAndAnOutOfRangeOneIsNamedAtItsFieldAndNothingOfThatSaveIsWritten() {
        browser.visit(PAGE, "admin");
        assertEquals("Hallway settings", browser.find("h1").getText());
        assertEquals(List.of(), browser.problems());
        String retention = browser.find("#hallway-site-rollup-retention").getDomProperty("value");

        type("#hallway-site-reminder-days", "5");
        browser.find(SAVE).click();
        browser.waitForText(STATUS, "Saved.");
        assertEquals(browser.find(SAVE), browser.focused(), "the keyboard focus stays on Save");
        browser.visit(PAGE, "admin");
        assertEquals("5", browser.find("#hallway-site-reminder-days").getDomProperty("value"));

        type("#hallway-site-reminder-days", "9");
        type("#hallway-site-rollup-retention", "12");
        browser.actions().sendKeys(Keys.ENTER).perform();
        WebElement error = browser.waitForText(".hallway-field-error", "from " + minimumRetention() + " to 120");
        assertEquals("alert", error.getDomAttribute("role"));
        WebElement field = browser.find("#hallway-site-rollup-retention");
        assertEquals(field, browser.focused(), "the field to fix takes the focus");
        assertTrue(field.getDomAttribute("aria-describedby").contains(error.getDomAttribute("id")));
        assertEquals("", browser.find(STATUS).getText(), "said once, at the field");
        String settings = stored();
        assertTrue(settings.contains("\"reminderDaysBefore\":5") && settings.contains("\"rollupRetentionMonths\":" + retention),
                "the refused save wrote nothing, not even its valid field: " + settings);

        type("#hallway-site-rollup-retention", "48");
        browser.find(SAVE).click();
        browser.waitForText(STATUS, "Saved.");
        assertTrue(browser.findAll(".hallway-field-error").isEmpty(), "the error goes once fixed");
        assertEquals(null, field.getDomAttribute("aria-invalid"));
        assertTrue(stored().contains("\"rollupRetentionMonths\":48"), stored());
        List<String> problems = browser.problems();
        assertTrue(problems.size() == 1 && problems.get(0).contains("status of 400"), "only the refused save: " + problems);
    }

    @Test
    void inSpanishTheLabelsAndTheErrorsAreSpanish() {
        browser.visit(PAGE + "?lang=es", "admin");
        assertEquals("Ajustes de Hallway", browser.find("h1").getText());
        assertEquals("Recuentos diarios, meses que se guardan", browser.find("label[for=hallway-site-rollup-retention]").getText());
        assertEquals("Guardar", browser.find(SAVE).getText());
        assertEquals(List.of(), browser.problems());

        type("#hallway-site-rollup-retention", "12");
        browser.find(SAVE).click();
        browser.waitForText(".hallway-field-error", "debe ser un número entero entre " + minimumRetention() + " y 120");
    }

    /** No console check here: the refusal is a 403 page, which Chromium logs as a failed load. */
    @Test
    void someoneWhoIsNotAnAdministratorIsRefusedWithAPageThatSaysWhy() {
        browser.visit(PAGE, "hana");
        assertTrue(browser.find("[role=alert]").getText().contains("administrators"), browser.find("[role=alert]").getText());
        assertTrue(browser.findAll(".hallway-settings-form").isEmpty());
    }
}
