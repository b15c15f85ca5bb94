package app.hallway.sandbox.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.sandbox.SandboxNode;
import app.hallway.sandbox.SandboxOptions;
import app.hallway.sandbox.feedback.FeedbackHttp.Answer;
import app.hallway.sandbox.host.SandboxUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise next to the checkbox, checked where it matters: after Noa gives anonymous feedback (and nothing
 * else), no cell of any table in the database holds her user key, name, display name, e-mail address, or an
 * MD5/SHA-1/SHA-256 of any of them, and the stored time is only the day.
 */
class AnonymousFeedbackLeavesNoTraceTest {
    @TempDir
    Path data;

    @Test
    void anonymousFeedbackStoresNothingThatLeadsBackToItsAuthor() throws Exception {
        SandboxOptions options = new SandboxOptions(0, data, null, null, null, false, "anonymity-test", 0);
        try (SandboxNode node = SandboxNode.start(options)) {
            FeedbackHttp http = new FeedbackHttp(node.baseUri());
            long page = http.page("hana", "NEWS", "Open floor plan", "<p>What do you think?</p>");

            Answer given = http.send("POST", FeedbackHttp.REST + "/feedback/" + page, "noa",
                    "{\"text\":\"The open floor plan makes it hard to concentrate.\",\"anonymous\":true}");

            assertEquals(201, given.status(), given.body());
            assertTrue(given.json().path("anonymous").asBoolean());
            assertTrue(given.json().path("authorName").isNull());
            assertFalse(given.json().path("mine").asBoolean());
            assertTrue(given.json().path("created").asText().endsWith("T00:00:00Z"), given.body());
            List<String> traces = traces(options, identifiers("noa", "Noa"));
            assertEquals(List.of(), traces);
            assertTrue(cells(options).stream().anyMatch(cell -> cell.contains("hard to concentrate")), "the scan sees the feedback itself");
        }
    }

    /** Noa's key, name, display name and address, and common digests of each, lower- and upper-case. */
    private static Set<String> identifiers(String username, String firstName) throws Exception {
        String key = SandboxUser.keyFor(username).getStringValue();
        Set<String> plain = Set.of(key, username, firstName, username + "@");
        Set<String> all = new HashSet<>();
        for (String value : plain) {
            all.add(value.toLowerCase(Locale.ROOT));
            for (String algorithm : List.of("MD5", "SHA-1", "SHA-256")) {
                byte[] digest = MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8));
                all.add(HexFormat.of().formatHex(digest));
            }
        }
        return all;
    }

    private static List<String> traces(SandboxOptions options, Set<String> identifiers) throws Exception {
        List<String> found = new ArrayList<>();
        for (String cell : cells(options)) {
            String lower = cell.toLowerCase(Locale.ROOT);
            for (String identifier : identifiers) {
                if (lower.contains(identifier)) {
                    found.add(identifier + " in " + cell);
                }
            }
        }
        return found;
    }

    /** Every non-null cell of every table in the sandbox's database, as "TABLE.COLUMN=value". */
    private static List<String> cells(SandboxOptions options) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(options.effectiveJdbcUrl(), options.effectiveUser(), options.effectivePassword());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String value = rs.getString(c);
                            if (value != null) {
                                cells.add(table + "." + rs.getMetaData().getColumnName(c) + "=" + value);
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }
}
