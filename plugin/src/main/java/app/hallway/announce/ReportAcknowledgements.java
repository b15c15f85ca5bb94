package app.hallway.announce;

import app.hallway.platform.HallwayException;
import app.hallway.platform.People;
import app.hallway.platform.Person;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import app.hallway.platform.Groups;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HR's report on one announcement: every audience member and everyone who acknowledged, with their status,
 * filtered by audience group and status. Reads the directory and every acknowledgement of the announcement,
 * O(audience + acknowledgements): a report, never a page view. Refreshes the stored audience size on the way.
 */
public final class ReportAcknowledgements {
    private static final Comparator<ReportRow> ORDER = Comparator.comparing(ReportRow::status)
            .thenComparing(row -> row.person().displayName().toLowerCase(Locale.ROOT))
            .thenComparing(row -> row.person().key());

    private final Announcements announcements;
    private final Acknowledgements acknowledgements;
    private final AnnouncementAccess access;
    private final Groups groups;
    private final People people;
    private final Texts texts;
    private final Time time;

    public ReportAcknowledgements(Announcements announcements, Acknowledgements acknowledgements, AnnouncementAccess access,
                                  Groups groups, People people, Texts texts, Time time) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.access = access;
        this.groups = groups;
        this.people = people;
        this.texts = texts;
        this.time = time;
    }

    /**
     * The report for HR.
     *
     * @param group  an audience group to keep, or null/blank for all
     * @param status {@code acknowledged}, {@code pending} or {@code overdue}, or null/blank for all
     */
    public AcknowledgementReport report(long announcementId, String viewerKey, String group, String status) {
        Announcement announcement = AnnouncementGuard.forHr(announcements, access, texts, announcementId, viewerKey);
        String groupFilter = blankToNull(group);
        if (groupFilter != null && !announcement.settings().audience().contains(groupFilter)) {
            throw HallwayException.invalid("group", texts.get("hallway.error.report.group", groupFilter,
                    String.join(", ", announcement.settings().audience())));
        }
        ReportStatus statusFilter = blankToNull(status) == null ? null : ReportStatus.fromKey(status)
                .orElseThrow(() -> HallwayException.invalid("status", texts.get("hallway.error.report.status", status)));

        Audience audience = Audience.of(announcement.settings().audience(), groups);
        if (audience.size() != announcement.audienceSize()) {
            announcements.recordAudienceSize(announcementId, audience.size());
        }
        Map<String, Acknowledgement> latest = acknowledgements.latestByPerson(announcementId);
        boolean pastDue = announcement.settings().isOverdue(time.today());
        Set<String> everyone = new LinkedHashSet<>(audience.people().keySet());
        everyone.addAll(latest.keySet());

        List<ReportRow> rows = new ArrayList<>();
        int acknowledged = 0;
        int overdue = 0;
        for (String userKey : everyone) {
            Acknowledgement ack = latest.get(userKey);
            ReportStatus rowStatus = ack != null && ack.counts(announcement) ? ReportStatus.ACKNOWLEDGED
                    : pastDue ? ReportStatus.OVERDUE : ReportStatus.PENDING;
            acknowledged += rowStatus == ReportStatus.ACKNOWLEDGED ? 1 : 0;
            overdue += rowStatus == ReportStatus.OVERDUE ? 1 : 0;
            Set<String> memberOf = audience.groupsOf(userKey);
            if ((groupFilter == null || memberOf.contains(groupFilter)) && (statusFilter == null || statusFilter == rowStatus)) {
                rows.add(new ReportRow(person(audience, userKey), rowStatus, ack, memberOf));
            }
        }
        rows.sort(ORDER);
        int pending = everyone.size() - acknowledged - overdue;
        return new AcknowledgementReport(announcement.withAudienceSize(audience.size()), rows, audience.size(), acknowledged,
                pending, overdue);
    }

    /** Audience members come with their names; people who left the audience are looked up (they are few). */
    private Person person(Audience audience, String userKey) {
        Person member = audience.people().get(userKey);
        if (member != null) {
            return member;
        }
        return people.byKey(userKey).orElseGet(() -> new Person(userKey, userKey, userKey));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
