package app.hallway.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslatedTextTest {
    private static final String BODY = "<p>Offices close.</p>"
            + TranslatedText.marker("es", "<div class=\"panel\"><p>Las oficinas <div>cierran</div>.</p></div>")
            + "<p>Happy holidays.</p>"
            + TranslatedText.marker("pt-BR", "<p>Os escritórios fecham.</p>");

    @Test
    void translationsAreTakenOutOfTheDefaultTextWithTheirNestedBlocks() {
        TranslatedText text = TranslatedText.of(BODY);

        assertEquals("<p>Offices close.</p><p>Happy holidays.</p>", text.defaultHtml());
        assertEquals(Map.of("es", "<div class=\"panel\"><p>Las oficinas <div>cierran</div>.</p></div>",
                "pt-br", "<p>Os escritórios fecham.</p>"), text.translations());
    }

    @Test
    void aReaderGetsTheirLanguageByTagThenByLanguageElseTheDefault() {
        TranslatedText text = TranslatedText.of(BODY);

        assertEquals("es", text.forReader(Locale.forLanguageTag("es-MX"), "en").lang());
        assertEquals("pt-br", text.forReader(Locale.forLanguageTag("pt-BR"), "en").lang());
        assertEquals("pt-br", text.forReader(Locale.forLanguageTag("pt"), "en").lang());
        assertEquals(new TranslatedText.Choice("<p>Offices close.</p><p>Happy holidays.</p>", "en"),
                text.forReader(Locale.GERMAN, "en"));
    }

    @Test
    void aReaderOfTheAnnouncementsOwnLanguageReadsTheOriginal() {
        TranslatedText text = TranslatedText.of("<p>Hola</p>" + TranslatedText.marker("es", "<p>Hola (revisado)</p>"));

        assertEquals("<p>Hola</p>", text.forReader(Locale.forLanguageTag("es"), "es").html());
    }

    @Test
    void anyChangeOfTextInAnyLanguageChangesTheFingerprint() {
        String base = TranslatedText.of(BODY).fingerprint("Holidays");

        assertEquals(base, TranslatedText.of(BODY).fingerprint("Holidays"));
        assertNotEquals(base, TranslatedText.of(BODY).fingerprint("Holidays!"));
        assertNotEquals(base, TranslatedText.of(BODY.replace("fecham", "fecham hoje")).fingerprint("Holidays"));
    }

    @Test
    void anUnclosedBlockIsLeftAsText() {
        TranslatedText text = TranslatedText.of("<p>a</p><div data-hallway-lang=\"es\"><p>b</p>");

        assertTrue(text.translations().isEmpty());
        assertTrue(text.defaultHtml().contains("<p>b</p>"));
    }

    @Test
    void onlyLanguageTagsMakeMarkers() {
        assertTrue(TranslatedText.isLanguageTag("pt_BR"));
        assertFalse(TranslatedText.isLanguageTag("es\" onclick=\"x"));
        assertFalse(TranslatedText.isLanguageTag(null));
        assertThrows(IllegalArgumentException.class, () -> TranslatedText.marker("<b>", "x"));
    }
}
