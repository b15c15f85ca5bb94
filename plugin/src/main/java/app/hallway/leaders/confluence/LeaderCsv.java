package app.hallway.leaders.confluence;

import app.hallway.leaders.LeaderRow;
import app.hallway.leaders.PeriodDates;
import app.hallway.platform.Csv;
import app.hallway.platform.Texts;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's leaders as CSV for a spreadsheet: labels in the reader's language, bands and counts as in the
 * table (never a raw score), and every cell neutralised by {@link Csv} so that a name cannot run as a formula.
 */
final class LeaderCsv {
    private LeaderCsv() {
    }

    static Response response(List<LeaderRow> rows, Texts texts, PeriodDates period) {
        List<String> header = List.of(texts.get("hallway.leaders.csv.name"), texts.get("hallway.leaders.csv.department"),
                texts.get("hallway.leaders.csv.band"), texts.get("hallway.leaders.csv.trend"),
                texts.get("hallway.leaders.csv.previous"), texts.get("hallway.leaders.csv.standing"),
                texts.get("hallway.leaders.csv.endorsers"), texts.get("hallway.leaders.csv.departments"),
                texts.get("hallway.leaders.csv.stability"), texts.get("hallway.leaders.csv.flags"));
        List<List<?>> lines = new ArrayList<>();
        for (LeaderRow row : rows) {
            lines.add(List.of(row.name(), row.department() == null ? texts.get("hallway.leaders.department.none") : row.department(),
                    texts.get("hallway.leaders.band." + row.band()), texts.get("hallway.leaders.trend." + row.trend()),
                    texts.get("hallway.leaders.standing." + row.previousStanding()), texts.get("hallway.leaders.standing." + row.standing()),
                    row.distinctEndorsers(), row.endorserDepartments(), Math.round(row.stability() * 100) + " %",
                    String.join("; ", row.flags().stream().map(flag -> texts.get("hallway.leaders.flag." + flag)).toList())));
        }
        String filename = "opinion-leaders-" + period.from() + "-to-" + period.to() + ".csv";
        return Response.ok(Csv.write(header, lines).getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
