package app.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedTextTest {
    private static List<String> rendered(String text) {
        return LinkedText.parse(text).stream().map(TextPart::toString).toList();
    }

    @Test
    void httpAndHttpsUrlsBecomeLinksAndTheRestStaysText() {
        assertEquals(List.of("See ", "<https://example.com/x?a=1&b=2>", " and ", "<http://intranet/wiki>", "."),
                rendered("See https://example.com/x?a=1&b=2 and http://intranet/wiki."));
    }

    @Test
    void sentencePunctuationIsNotPartOfTheLink() {
        assertEquals(List.of("(", "<https://example.com/a>", ")!"), rendered("(https://example.com/a)!"));
        assertEquals(List.of("<https://en.wikipedia.org/wiki/Foo_(bar)>"), rendered("https://en.wikipedia.org/wiki/Foo_(bar)"));
    }

    @Test
    void otherSchemesAndMarkupNeverBecomeLinks() {
        assertEquals(List.of("javascript:alert(1) <a href=\"x\">y</a> data:text/html,hi"),
                rendered("javascript:alert(1) <a href=\"x\">y</a> data:text/html,hi"));
        assertEquals(List.of("https:// nothing"), rendered("https:// nothing"));
    }

    @Test
    void emptyTextHasNoParts() {
        assertEquals(List.of(), rendered(""));
        assertEquals(List.of(), rendered(null));
    }
}
