package app.hallway.announce.confluence;

import app.hallway.announce.AcknowledgementReport;
import app.hallway.announce.ReportRow;
import app.hallway.platform.Csv;
import app.hallway.platform.Texts;
import java.util.ArrayList;
import java.util.List;

/** The acknowledgement report as CSV (DESIGN.md: UTF-8 with BOM, formula cells neutralised), headers in the reader's language. */
final class ReportCsv {
    private ReportCsv() {
    }

    static String write(AcknowledgementReport report, Texts texts) {
        List<String> header = List.of(texts.get("hallway.report.column.name"), texts.get("hallway.report.column.username"),
                texts.get("hallway.report.column.status"), texts.get("hallway.report.column.groups"),
                texts.get("hallway.report.column.version"), texts.get("hallway.report.column.acknowledged-at"));
        List<List<?>> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            rows.add(List.of(row.person().displayName(), row.person().username(),
                    texts.get("hallway.report.status." + row.status().key()),
                    String.join(", ", row.groups().stream().sorted().toList()),
                    row.acknowledgement() == null ? "" : row.acknowledgement().version(),
                    row.acknowledgement() == null ? "" : row.acknowledgement().at().toString()));
        }
        return Csv.write(header, rows);
    }
}
