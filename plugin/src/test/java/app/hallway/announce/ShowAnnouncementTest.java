package app.hallway.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.testing.BundleTexts;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowAnnouncementTest {
    private final InMemoryAnnouncements announcements = new InMemoryAnnouncements();
    private final ShowAnnouncement show = new ShowAnnouncement(announcements, BundleTexts.english());

    private static MacroCall call(Map<String, String> parameters, String body, String outputType) {
        return new MacroCall(10, "macro-1", parameters, body, outputType);
    }

    @Test
    void showsTitleBodyAndPriority() {
        AnnouncementView view = show.forViewer(call(Map.of("title", "Holidays", "priority", "urgent"), "<p>Office closed</p>", "display"));

        assertEquals("Holidays", view.getTitle());
        assertEquals("<p>Office closed</p>", view.getBodyHtml());
        assertEquals("urgent", view.getPriority());
        assertEquals("error", view.getMessageType());
        assertEquals("Urgent", view.getPriorityLabel());
        assertTrue(view.isValid());
    }

    @Test
    void scriptInTheBodyNeverReachesThePage() {
        AnnouncementView view = show.forViewer(call(Map.of("title", "x"),
                "<p onclick=\"steal()\">Hi<script>steal()</script><a href=\"javascript:steal()\">link</a></p>", "display"));

        assertFalse(view.getBodyHtml().contains("script"), view.getBodyHtml());
        assertFalse(view.getBodyHtml().contains("onclick"), view.getBodyHtml());
        assertTrue(view.getBodyHtml().contains("Hi"));
    }

    @Test
    void aTypoedParameterGivesTheEditorAReadableMessage() {
        AnnouncementView view = show.forViewer(call(Map.of("title", "Holidays", "priority", "urgnt"), "<p>x</p>", "display"));

        assertFalse(view.isValid());
        assertEquals("\"urgnt\" is not a valid priority. Choose one of: info, important, urgent.", view.getProblems().get(0));
        assertEquals("Holidays", view.getTitle(), "the announcement itself still shows");
    }

    @Test
    void theEditorReadsTheMessageInTheirLanguage() {
        ShowAnnouncement inSpanish = new ShowAnnouncement(announcements, new BundleTexts(Locale.forLanguageTag("es")));

        AnnouncementView view = inSpanish.forViewer(call(Map.of("priority", "urgnt"), "", "display"));

        assertEquals("«urgnt» no es un valor válido de priority. Elige uno de: info, important, urgent.", view.getProblems().get(0));
    }

    @Test
    void exportsShowTheTextWithoutButtons() {
        assertFalse(show.forViewer(call(Map.of("title", "x"), "", "pdf")).isInteractive());
        assertFalse(show.forViewer(call(Map.of("title", "x"), "", "email")).isInteractive());
        assertTrue(show.forViewer(call(Map.of("title", "x"), "", "display")).isInteractive());
    }

    @Test
    void renderingTwiceKeepsOneAnnouncement() {
        AnnouncementView first = show.forViewer(call(Map.of("title", "x"), "<p>a</p>", "display"));
        AnnouncementView second = show.forViewer(call(Map.of("title", "x"), "<p>a</p>", "display"));

        assertEquals(first.getId(), second.getId());
        assertEquals(1, announcements.size());
    }

    @Test
    void anUnsavedMacroInPreviewIsNotStored() {
        AnnouncementView view = show.forViewer(new MacroCall(0, null, Map.of("title", "Draft"), "", "preview"));

        assertEquals("", view.getId());
        assertEquals(0, announcements.size());
    }
}
