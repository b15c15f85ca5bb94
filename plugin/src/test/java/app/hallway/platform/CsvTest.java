package app.hallway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void startsWithAByteOrderMarkSoSpreadsheetsReadUtf8() {
        assertTrue(Csv.write(List.of("name"), List.of(List.of("José"))).startsWith("\uFEFFname\r\nJosé"));
    }

    @Test
    void formulasTypedByEmployeesAreNeutralised() {
        String csv = Csv.write(List.of("text"), List.of(List.of("=HYPERLINK(\"http://evil\")"), List.of("+1"), List.of("@SUM(A1)"), List.of("-2")));

        assertEquals("\uFEFFtext\r\n\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n'+1\r\n'@SUM(A1)\r\n'-2\r\n", csv);
    }

    @Test
    void commasQuotesAndNewlinesStayInTheirCell() {
        assertEquals("\uFEFFa,b\r\n\"x, y\",\"line1\nline2\"\r\n", Csv.write(List.of("a", "b"), List.of(List.of("x, y", "line1\nline2"))));
    }
}
