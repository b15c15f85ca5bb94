package app.hallway.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports as DESIGN.md specifies them: UTF-8 with a byte-order mark (so Excel reads accents), RFC 4180
 * quoting, and cells that start with {@code = + - @} (or a tab or carriage return) neutralised with a leading
 * apostrophe, so a spreadsheet never runs a formula an employee typed.
 */
public final class Csv {
    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static String write(List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(Csv::neutralise).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(cell -> neutralise(cell == null ? "" : String.valueOf(cell))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
