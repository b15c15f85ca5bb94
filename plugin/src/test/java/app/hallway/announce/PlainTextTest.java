package app.hallway.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void markupGoesEntitiesAreDecodedWhitespaceCollapses() {
        assertEquals("Fish & chips <today> — café", PlainText.excerpt("<p>Fish &amp; chips &lt;today&gt;</p>\n<p>&mdash; caf&#233;</p>"
                .replace("&mdash;", "&#8212;"), 100));
    }

    @Test
    void longTextIsCutAtAWordWithAnEllipsis() {
        String excerpt = PlainText.excerpt("<p>" + "word ".repeat(100) + "</p>", 42);

        assertTrue(excerpt.length() <= 42, excerpt);
        assertTrue(excerpt.endsWith("word…"), excerpt);
    }
}
