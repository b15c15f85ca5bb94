package app.hallway.announce;

import static app.hallway.announce.AnnounceWorld.TODAY;
import static app.hallway.announce.AnnounceWorld.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.hallway.platform.HallwayException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportAcknowledgementsTest {
    private final AnnounceWorld world = new AnnounceWorld();
    private final Announcement announcement = world.publish(world.macro().forGroups("engineering,sales").acknowledgedBy(TODAY.plusDays(5)));

    @Test
    void listsWhoAcknowledgedWhichVersionAndWhoHasNot() {
        world.acknowledge().acknowledge(announcement.id(), key("eli"));

        AcknowledgementReport report = world.report().report(announcement.id(), key("hana"), null, null);

        assertEquals(3, report.audienceSize());
        assertEquals(1, report.acknowledged());
        assertEquals(2, report.pending());
        assertEquals(0, report.overdue());
        assertEquals(List.of("ana", "sam", "eli"), usernames(report));
        ReportRow eli = report.rows().get(2);
        assertEquals(ReportStatus.ACKNOWLEDGED, eli.status());
        assertEquals(1, eli.acknowledgement().version());
        assertEquals(Set.of("engineering"), eli.groups());
        assertNull(report.rows().get(0).acknowledgement());
    }

    @Test
    void pastTheDueDateWhoHasNotIsOverdue() {
        world.acknowledge().acknowledge(announcement.id(), key("eli"));
        world.advanceTo(TODAY.plusDays(6));

        AcknowledgementReport report = world.report().report(announcement.id(), key("hana"), null, null);

        assertEquals(2, report.overdue());
        assertEquals(ReportStatus.OVERDUE, report.rows().get(0).status());
    }

    @Test
    void filtersByAudienceGroupAndStatusKeepTheTotals() {
        world.acknowledge().acknowledge(announcement.id(), key("eli"));

        AcknowledgementReport engineering = world.report().report(announcement.id(), key("hana"), "engineering", "pending");

        assertEquals(List.of("ana"), usernames(engineering));
        assertEquals(1, engineering.acknowledged());
        assertEquals(3, engineering.audienceSize());
    }

    @Test
    void aBadFilterNamesTheField() {
        HallwayException group = assertThrows(HallwayException.class,
                () -> world.report().report(announcement.id(), key("hana"), "support", null));
        HallwayException status = assertThrows(HallwayException.class,
                () -> world.report().report(announcement.id(), key("hana"), null, "done"));

        assertEquals("group", group.field());
        assertEquals("status", status.field());
        assertEquals(HallwayException.Kind.INVALID, status.kind());
    }

    @Test
    void onlyHrMayReadItAndOnlyOnAPageTheyCanView() {
        assertEquals(HallwayException.Kind.FORBIDDEN,
                assertThrows(HallwayException.class, () -> world.report().report(announcement.id(), key("eli"), null, null)).kind());
        world.pages.restrict(42, "engineering");
        assertEquals(HallwayException.Kind.NOT_FOUND,
                assertThrows(HallwayException.class, () -> world.report().report(announcement.id(), key("hana"), null, null)).kind());
        assertEquals(3, world.report().report(announcement.id(), key("admin"), null, null).audienceSize(),
                "administrators are HR too, and Confluence lets them view every page");
    }

    @Test
    void anEarlierVersionsAcknowledgementShowsButNoLongerCounts() {
        world.acknowledge().acknowledge(announcement.id(), key("eli"));
        world.macro().forGroups("engineering,sales").acknowledgedBy(TODAY.plusDays(5)).body("<p>New rules</p>").render("hana");
        world.requireAgain().require(announcement.id(), key("hana"), 2);

        ReportRow eli = world.report().report(announcement.id(), key("hana"), null, null).rows().stream()
                .filter(row -> row.person().username().equals("eli")).findFirst().orElseThrow();

        assertEquals(ReportStatus.PENDING, eli.status());
        assertEquals(1, eli.acknowledgement().version());
    }

    @Test
    void theReportRefreshesTheStoredAudienceSize() {
        world.report().report(announcement.id(), key("hana"), null, null);

        assertEquals(3, world.announcements.byId(announcement.id()).orElseThrow().audienceSize());
    }

    private static List<String> usernames(AcknowledgementReport report) {
        return report.rows().stream().map(row -> row.person().username()).toList();
    }
}
