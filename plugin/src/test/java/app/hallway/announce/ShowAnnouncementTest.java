package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.SPANISH;
import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.testing.BundleTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShowAnnouncementTest {
    private final AnnounceWorld world = new AnnounceWorld();

    @Test
    void showsTitleBodyAndPriority() {
        AnnouncementView view = world.macro().param("priority", "urgent").render("eli");

        assertFalse(view.isHidden() || view.isNote());
        assertEquals("Holidays", view.getTitle());
        assertEquals("<p>Offices close on the 24th.</p>", view.getBodyHtml());
        assertEquals("urgent", view.getPriority());
        assertEquals("error", view.getMessageType());
        assertEquals("Urgent", view.getPriorityLabel());
        assertTrue(view.isValid());
        assertFalse(view.isAcknowledgementRequired());
    }

    @Test
    void scriptInTheBodyNeverReachesThePage() {
        AnnouncementView view = world.macro()
                .body("<p onclick=\"steal()\">Hi<script>steal()</script><a href=\"javascript:steal()\">link</a></p>").render("eli");

        assertFalse(view.getBodyHtml().contains("script"), view.getBodyHtml());
        assertFalse(view.getBodyHtml().contains("onclick"), view.getBodyHtml());
        assertTrue(view.getBodyHtml().contains("Hi"));
    }

    @Test
    void aTypoedParameterGivesTheEditorAReadableMessage() {
        AnnouncementView view = world.macro().param("priority", "urgnt").render("hana");

        assertFalse(view.isValid());
        assertEquals(List.of("\"urgnt\" is not a valid priority. Choose one of: info, important, urgent."), view.getProblems());
        assertEquals("Holidays", view.getTitle(), "the announcement itself still shows");
    }

    @Test
    void readersWhoCannotEditThePageAreSparedTheEditorsMessages() {
        AnnouncementView view = world.macro().param("priority", "urgnt").render("sam");

        assertTrue(view.isValid());
        assertEquals("Holidays", view.getTitle());
    }

    @Test
    void theEditorReadsTheMessageInTheirLanguage() {
        world.texts = new BundleTexts(SPANISH);

        AnnouncementView view = world.macro().param("priority", "urgnt").render("hana");

        assertEquals("«urgnt» no es un valor válido de priority. Elige uno de: info, important, urgent.", view.getProblems().get(0));
    }

    @Test
    void anUnknownAudienceGroupIsNamedToTheEditor() {
        AnnouncementView view = world.macro().forGroups("engineering, enginering").render("hana");

        assertEquals(List.of("There is no group \"enginering\". Check the spelling of the audience."), view.getProblems());
    }

    @Test
    void exportsShowTheTextWithoutButtons() {
        AnnounceWorld.Macro macro = world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(5));
        macro.render("eli");

        AnnouncementView pdf = macro.output("pdf").render("eli");

        assertFalse(pdf.isInteractive());
        assertFalse(pdf.isCanAcknowledge());
        assertEquals("<p>Offices close on the 24th.</p>", pdf.getBodyHtml());
        assertTrue(macro.output("display").render("eli").isCanAcknowledge());
    }

    @Test
    void renderingAgainWritesNothing() {
        AnnouncementView first = world.macro().render("eli");
        AnnouncementView second = world.macro().render("sam");

        assertEquals(first.getId(), second.getId());
        assertEquals(1, world.announcements.size());
        assertEquals(1, world.announcements.writes());
    }

    @Test
    void anUnsavedMacroInPreviewIsNotStored() {
        AnnouncementView view = world.macro().on(0, null, "HR").output("preview").render("hana");

        assertEquals("", view.getId());
        assertEquals(0, world.announcements.size());
        assertEquals("Holidays", view.getTitle());
    }

    @Test
    void theAudienceSeesItAndOthersSeeNothingAtAll() {
        AnnounceWorld.Macro macro = world.macro().on(43, "m-2", "NEWS").forGroups("engineering");

        assertFalse(macro.render("eli").isHidden());
        assertTrue(macro.render("sam").isHidden());
        assertTrue(macro.render(null).isHidden());
    }

    @Test
    void hrAndThePagesEditorsGetAMutedNoteInstead() {
        AnnounceWorld.Macro macro = world.macro().forGroups("sales");

        AnnouncementView forHr = macro.render("hana");
        AnnouncementView forAdmin = macro.render("admin");

        assertTrue(forHr.isNote());
        assertEquals(List.of("Not shown to you: it is for sales."), forHr.getNotes());
        assertEquals("", forHr.getBodyHtml(), "the note does not show the text");
        assertTrue(forAdmin.isNote());
    }

    @Test
    void scheduledAndExpiredAnnouncementsAreNotedForEditorsAndHiddenFromReaders() {
        AnnounceWorld.Macro scheduled = world.macro().param("from", "2026-12-24");
        AnnounceWorld.Macro expired = world.macro().on(42, "m-9", "HR").param("until", "2026-12-09");

        assertTrue(scheduled.render("sam").isHidden());
        assertEquals(List.of("Scheduled: shown from Dec 24, 2026."), scheduled.render("hana").getNotes());
        assertTrue(expired.render("sam").isHidden());
        assertEquals(List.of("Expired: it was shown until Dec 9, 2026."), expired.render("hana").getNotes());
    }

    @Test
    void theFirstAndLastDayAreIncluded() {
        assertFalse(world.macro().param("from", TODAY.toString()).param("until", TODAY.toString()).render("sam").isHidden());
    }

    @Test
    void aReaderSeesTheTranslationInTheirLanguage() {
        AnnounceWorld.Macro macro = world.macro().param("lang", "en").body("<p>Offices close.</p>"
                + TranslatedText.marker("es", "<p>Las oficinas cierran.</p>"));

        AnnouncementView forAna = macro.render("ana");
        AnnouncementView forEli = macro.render("eli");

        assertEquals("<p>Las oficinas cierran.</p>", forAna.getBodyHtml());
        assertEquals("es", forAna.getLang());
        assertEquals("<p>Offices close.</p>", forEli.getBodyHtml());
        assertEquals("en", forEli.getLang());
    }

    @Test
    void acknowledgementShowsTheButtonAndTheDueDate() {
        AnnouncementView view = world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(5)).render("eli");

        assertTrue(view.isAcknowledgementRequired());
        assertTrue(view.isCanAcknowledge());
        assertFalse(view.isOverdue());
        assertEquals("Please acknowledge by Dec 15, 2026.", view.getDueLabel());
        assertEquals("/wiki/rest/hallway/1.0/announcements/" + view.getId() + "/acknowledgements", view.getAcknowledgeUrl());
    }

    @Test
    void pastTheDueDateTheAnnouncementIsOverdue() {
        AnnouncementView view = world.macro().forGroups("engineering").acknowledgedBy(TODAY.minusDays(1)).render("eli");

        assertTrue(view.isOverdue());
        assertEquals("Acknowledgement was due on Dec 9, 2026.", view.getDueLabel());
    }

    @Test
    void afterAcknowledgingTheReaderSeesWhenTheyDid() {
        AnnounceWorld.Macro macro = world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(5));
        long id = Long.parseLong(macro.render("eli").getId());
        world.acknowledge().acknowledge(id, key("eli"));

        AnnouncementView view = macro.render("eli");

        assertTrue(view.isAcknowledged());
        assertFalse(view.isCanAcknowledge());
        assertEquals("Acknowledged on Dec 10, 2026", view.getAcknowledgedLabel());
    }

    @Test
    void hrAndThePagesAuthorSeeHowManyAcknowledgedOnlyHrGetsTheReport() {
        AnnounceWorld.Macro macro = world.macro().forGroups("engineering").acknowledgedBy(TODAY.plusDays(5)).authoredBy("eli");
        long id = Long.parseLong(macro.render("hana").getId());
        world.acknowledge().acknowledge(id, key("ana"));

        AnnouncementView forHr = macro.render("hana");
        AnnouncementView forAuthor = macro.render("eli");
        AnnouncementView forReader = macro.render("ana");

        assertEquals("1 of 2 acknowledged", forHr.getProgressLabel());
        assertEquals("/wiki/plugins/servlet/hallway/announcement-report?id=" + id, forHr.getReportUrl());
        assertEquals("1 of 2 acknowledged", forAuthor.getProgressLabel());
        assertEquals("", forAuthor.getReportUrl());
        assertEquals("", forReader.getProgressLabel());
    }

    @Test
    void acknowledgementSavedByANonHrEditorIsInactiveAndTheEditorsAreToldWhy() {
        AnnounceWorld.Macro macro = world.macro().on(43, "m-3", "NEWS").forGroups("engineering").acknowledgedBy(TODAY.plusDays(5))
                .savedBy("eli");

        AnnouncementView forEditor = macro.render("eli");
        AnnouncementView forSam = macro.render("sam");

        assertFalse(forEditor.isAcknowledgementRequired());
        assertTrue(forEditor.getNotes().get(0).startsWith("Audience and acknowledgement are inactive"), forEditor.getNotes().toString());
        assertTrue(forEditor.getNotes().get(0).contains("Eli"), "names who changed it");
        assertFalse(forSam.isHidden(), "an inactive audience is everyone who can view the page");
        assertFalse(forSam.isAcknowledgementRequired());
        assertTrue(forSam.getNotes().isEmpty(), "readers are not told about editing matters");
    }

    @Test
    void anHrMemberSavingThePageActivatesIt() {
        AnnounceWorld.Macro macro = world.macro().on(43, "m-3", "NEWS").forGroups("engineering").acknowledgedBy(TODAY.plusDays(5))
                .savedBy("eli");
        macro.render("eli");

        AnnouncementView afterHrSave = macro.savedBy("hana").render("eli");

        assertTrue(afterHrSave.isCanAcknowledge());
        assertTrue(afterHrSave.getNotes().isEmpty());
    }

    @Test
    void aTypoFixElsewhereOnThePageByANonHrEditorKeepsItActive() {
        AnnounceWorld.Macro macro = world.macro().on(43, "m-3", "NEWS").forGroups("engineering").acknowledgedBy(TODAY.plusDays(5));
        macro.render("eli");

        assertTrue(macro.savedBy("eli").render("ana").isCanAcknowledge());
    }

    @Test
    void readersGetTheAnnouncementsOwnReactionsBarButExportsAndAnonymousDoNot() {
        AnnouncementView view = world.macro().render("eli");

        assertEquals("announcement:" + view.getId(), view.getReactionsContentId());
        assertEquals("", world.macro().output("pdf").render("eli").getReactionsContentId());
        assertEquals("", world.macro().render(null).getReactionsContentId());
    }
}
