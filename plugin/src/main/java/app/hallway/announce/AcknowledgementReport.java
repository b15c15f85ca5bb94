package app.hallway.announce;

import java.util.List;

/**
 * Who acknowledged an announcement and who has not: the rows the filter kept, and totals over everyone.
 *
 * @param audienceSize the people in the audience groups now (the "M")
 * @param acknowledged acknowledgements that count (the "N"), including people who have since left the audience
 */
public record AcknowledgementReport(Announcement announcement, List<ReportRow> rows, int audienceSize, int acknowledged,
                                    int pending, int overdue) {
    public AcknowledgementReport {
        rows = List.copyOf(rows);
    }
}
