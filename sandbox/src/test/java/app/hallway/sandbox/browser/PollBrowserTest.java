package app.hallway.sandbox.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The hallway-poll macro in a browser: voting, changing one's vote, and results only as the poll's mode allows. */
class PollBrowserTest {
    @RegisterExtension
    static final Browser browser = Browser.onSandbox("browser-polls");

    private static String poll(String macroId, String question, String options, String... parameters) {
        StringBuilder storage = new StringBuilder("<ac:structured-macro ac:name=\"hallway-poll\" ac:macro-id=\"" + macroId + "\">")
                .append("<ac:parameter ac:name=\"question\">").append(question).append("</ac:parameter>")
                .append("<ac:parameter ac:name=\"options\">").append(options).append("</ac:parameter>");
        for (int i = 0; i < parameters.length; i += 2) {
            storage.append("<ac:parameter ac:name=\"").append(parameters[i]).append("\">").append(parameters[i + 1]).append("</ac:parameter>");
        }
        return storage.append("</ac:structured-macro>").toString();
    }

    private static WebElement section(String question) {
        return browser.waitUntil(d -> browser.findAll("section.hallway-poll").stream()
                .filter(s -> s.findElement(By.cssSelector(".hallway-poll-question")).getText().equals(question)).findFirst().orElse(null));
    }

    private static void choose(WebElement poll, String option) {
        poll.findElements(By.cssSelector("label")).stream().filter(l -> l.getText().equals(option)).findFirst().orElseThrow().click();
    }

    /** The results as people read them: "option: votes", the reader's own choice marked with a star. */
    private static List<String> results(WebElement poll) {
        return poll.findElements(By.cssSelector(".hallway-poll-result")).stream()
                .map(li -> li.findElement(By.cssSelector(".hallway-poll-result-text")).getText() + ": "
                        + li.findElement(By.cssSelector(".hallway-poll-result-count")).getText()
                        + (li.getDomAttribute("class").contains("hallway-poll-result-mine") ? " *" : ""))
                .toList();
    }

    private static String hidden(WebElement poll) {
        return poll.findElement(By.cssSelector("[data-hallway-results]")).getText();
    }

    @Test
    void resultsAppearOnceYouVoteAndFollowWhenYouChangeYourVote() {
        long page = browser.setup().page("hana", "NEWS", "Lunch", poll("lunch", "Where shall we lunch?", "Pizza|Sushi|Curry"));
        browser.visit("/pages/" + page, "eli");
        WebElement poll = section("Where shall we lunch?");
        assertEquals("Results appear once you have voted.", hidden(poll));

        choose(poll, "Sushi");
        poll.findElement(By.cssSelector("[data-hallway-vote]")).click();

        browser.waitUntil(d -> !results(poll).isEmpty());
        assertEquals(List.of("Pizza: no votes (0%)", "Sushi: 1 vote (100%) *", "Curry: no votes (0%)"), results(poll));
        assertEquals("1 person has voted", poll.findElement(By.cssSelector("[data-hallway-voters]")).getText());
        WebElement button = poll.findElement(By.cssSelector("[data-hallway-vote]"));
        assertEquals("Change my vote", button.getText());

        choose(poll, "Pizza");
        button.click();
        browser.waitUntil(d -> results(poll).get(0).endsWith("*"));
        assertEquals(List.of("Pizza: 1 vote (100%) *", "Sushi: no votes (0%)", "Curry: no votes (0%)"), results(poll));
        assertEquals("1 person has voted", poll.findElement(By.cssSelector("[data-hallway-voters]")).getText(), "a change is no new voter");

        browser.visit("/pages/" + page, "eli");
        WebElement again = section("Where shall we lunch?");
        assertTrue(again.findElement(By.cssSelector("input[value='Pizza']")).isSelected(), "the page remembers the vote");
        assertEquals(List.of("Pizza: 1 vote (100%) *", "Sushi: no votes (0%)", "Curry: no votes (0%)"), results(again));
    }

    @Test
    void eachPollOnAPageShowsResultsAsItsModeSays() {
        String closes = LocalDate.now().plusDays(7).toString();
        long page = browser.setup().page("hana", "NEWS", "Two polls", poll("always", "Which day for the party?", "Friday|Saturday",
                "results", "always") + poll("after-close", "Which talks interest you?", "Security|Design|Hiring",
                "results", "after-close", "multiple", "true", "closes", closes));
        browser.visit("/pages/" + page, "sam");
        WebElement party = section("Which day for the party?");
        choose(party, "Saturday");
        party.findElement(By.cssSelector("[data-hallway-vote]")).click();
        browser.waitUntil(d -> results(party).contains("Saturday: 1 vote (100%) *"));

        browser.visit("/pages/" + page, "eli");
        WebElement always = section("Which day for the party?");
        WebElement afterClose = section("Which talks interest you?");
        assertEquals(List.of("Friday: no votes (0%)", "Saturday: 1 vote (100%)"), results(always), "shown before voting");
        assertEquals("Results appear when the poll closes.", hidden(afterClose));

        choose(always, "Friday");
        always.findElement(By.cssSelector("[data-hallway-vote]")).click();
        browser.waitUntil(d -> results(always).contains("Friday: 1 vote (50%) *"));
        choose(afterClose, "Security");
        choose(afterClose, "Hiring");
        afterClose.findElement(By.cssSelector("[data-hallway-vote]")).click();
        browser.waitForText("[data-hallway-voters]", "1 person has voted");

        assertEquals("Results appear when the poll closes.", hidden(afterClose), "still hidden after voting");
        assertEquals(List.of("Friday: 1 vote (50%) *", "Saturday: 1 vote (50%)"), results(always), "the other poll is untouched");
        assertEquals(Map.of("Security", true, "Design", false, "Hiring", true), Map.of(
                "Security", afterClose.findElement(By.cssSelector("input[value='Security']")).isSelected(),
                "Design", afterClose.findElement(By.cssSelector("input[value='Design']")).isSelected(),
                "Hiring", afterClose.findElement(By.cssSelector("input[value='Hiring']")).isSelected()));
    }
}
