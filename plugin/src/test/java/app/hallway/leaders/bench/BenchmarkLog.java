package app.hallway.leaders.bench;

import app.hallway.host.ao.AoDatabase;
import app.hallway.leaders.InteractionType;
import app.hallway.leaders.ao.ArchiveGuardEntity;
import app.hallway.leaders.ao.InteractionDayEntity;
import app.hallway.leaders.ao.InteractionEventEntity;
import app.hallway.leaders.ao.ObjectionEntity;
import app.hallway.leaders.ao.ReportChunkEntity;
import app.hallway.leaders.ao.ReportRunEntity;
import app.hallway.leaders.ao.RollupArchiveEntity;
import app.hallway.leaders.scoring.InteractionKind;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Writes the synthetic company's events into the interaction log's own tables (created by Active Objects from
 * the plugin's entities), as the log holds them: a daily rollup per (actor, target, type, UTC day) with its
 * count, and the raw events of the last {@code retention} days. Rows go in by JDBC batches, several times faster
 * than Active Objects' own batch insert for five million rows; loading is not what is measured. A marker file
 * remembers what was loaded, so that the next run reuses it.
 */
final class BenchmarkLog {
    private static final int BATCH = 10_000;
    /** Few, large commits: every H2 commit writes a chunk, and millions of small ones bloat the file tenfold. */
    private static final int COMMIT_EVERY = 250_000;
    private static final InteractionType[] TYPES = {InteractionType.COMMENT, InteractionType.MENTION, InteractionType.REACTION,
            InteractionType.LIKE, InteractionType.VOTE, InteractionType.KUDOS, InteractionType.EDIT, InteractionType.VIEW};

    private BenchmarkLog() {
    }

    /** Whether the database already holds the log these settings describe. */
    static boolean isLoaded(ReportBenchmarkSettings settings) throws IOException {
        Path marker = settings.db().resolve("loaded.txt");
        return Files.exists(marker) && Files.readString(marker).equals(settings.fingerprint());
    }

    static void describe(ActiveObjects ao, ReportBenchmarkSettings settings) {
        migrate(ao);
        System.out.printf("Stored log in %s: %,d daily rollups, %,d raw events%n", settings.db(),
                ao.count(InteractionDayEntity.class), ao.count(InteractionEventEntity.class));
    }

    /** Loads the log unless these settings' log is there already. */
    static void load(AoDatabase database, ActiveObjects ao, ReportBenchmarkSettings settings, SyntheticCompany.Events events,
                     SyntheticDirectory directory) throws IOException, SQLException {
        migrate(ao);
        if (isLoaded(settings)) {
            return;
        }
        Path marker = settings.db().resolve("loaded.txt");
        Files.deleteIfExists(marker);
        long started = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM " + database.tablePrefix() + "INTERACTION_DAY");
                statement.execute("DELETE FROM " + database.tablePrefix() + "INTERACTION_EVENT");
            }
            dropSecondaryIndexes(connection, database.tablePrefix() + "INTERACTION_DAY");
            dropSecondaryIndexes(connection, database.tablePrefix() + "INTERACTION_EVENT");
            int rollups = loadRollups(connection, database.tablePrefix(), events, directory);
            int raw = loadRawEvents(connection, database.tablePrefix(), events, directory, settings.retentionDays());
            System.out.printf("Loaded %,d daily rollups and %,d raw events into %s in %.0f s%n", rollups, raw, settings.db(),
                    (System.nanoTime() - started) / 1e9);
        }
        long indexing = System.nanoTime();
        // Active Objects puts back the indexes and the unique constraint its entities declare.
        migrate(ao);
        System.out.printf("Active Objects rebuilt the indexes in %.0f s%n", (System.nanoTime() - indexing) / 1e9);
        Files.writeString(marker, settings.fingerprint());
    }

    /**
     * Drops a table's indexes and unique constraints (not its primary key) for the bulk load: maintaining four
     * indexes row by row is what makes loading slow, and building them once afterwards is fast.
     */
    private static void dropSecondaryIndexes(Connection connection, String table) throws SQLException {
        java.util.List<String> constraints = new java.util.ArrayList<>();
        java.util.List<String> indexes = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE TABLE_NAME = '" + table + "' AND CONSTRAINT_TYPE = 'UNIQUE'")) {
                while (rows.next()) {
                    constraints.add(rows.getString(1));
                }
            }
            for (String constraint : constraints) {
                statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + constraint + "\"");
            }
            try (java.sql.ResultSet rows = statement.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE TABLE_NAME = '" + table + "' AND INDEX_TYPE_NAME = 'INDEX'")) {
                while (rows.next()) {
                    indexes.add(rows.getString(1));
                }
            }
            for (String index : indexes) {
                statement.execute("DROP INDEX \"" + index + "\"");
            }
        }
        connection.commit();
    }

    private static void migrate(ActiveObjects ao) {
        ao.migrate(InteractionDayEntity.class, InteractionEventEntity.class, ObjectionEntity.class, ReportRunEntity.class,
                ReportChunkEntity.class, RollupArchiveEntity.class, ArchiveGuardEntity.class);
    }

    /** Sorting the packed keys groups the events of one (actor, target, kind, day): one rollup row each. */
    private static int loadRollups(Connection connection, String prefix, SyntheticCompany.Events events, SyntheticDirectory directory)
            throws SQLException {
        long[] keys = events.keys().clone();
        Arrays.sort(keys);
        LocalDate asOf = SyntheticCompany.asOf();
        int rows = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + prefix + "INTERACTION_DAY"
                + " (ROLLUP_KEY, ACTOR_KEY, TARGET_KEY, INTERACTION_TYPE, ROLLUP_DAY, INTERACTIONS, WRITE_LOCK)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            for (int k = 0; k < keys.length; ) {
                long key = keys[k];
                int count = 0;
                for (; k < keys.length && keys[k] == key; k++) {
                    count++;
                }
                String actor = directory.keyOf(events.endorser(key));
                String target = directory.keyOf(events.endorsed(key));
                String type = type(events.kind(key)).name();
                int day = (int) asOf.minusDays(events.ageDays(key)).toEpochDay();
                insert.setString(1, rollupKey(actor, target, type, day));
                insert.setString(2, actor);
                insert.setString(3, target);
                insert.setString(4, type);
                insert.setInt(5, day);
                insert.setInt(6, count);
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                    if (rows % COMMIT_EVERY == 0) {
                        connection.commit();
                    }
                    if (rows % 1_000_000 == 0) {
                        System.out.printf("  %,d rollups written%n", rows);
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return rows;
    }

    /** The raw events of the last {@code retentionDays} days, each on one of eight pages of the person engaged with. */
    private static int loadRawEvents(Connection connection, String prefix, SyntheticCompany.Events events,
                                     SyntheticDirectory directory, int retentionDays) throws SQLException {
        LocalDate asOf = SyntheticCompany.asOf();
        int rows = 0;
        long[] keys = events.keys();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + prefix + "INTERACTION_EVENT"
                + " (ACTOR_KEY, TARGET_KEY, INTERACTION_TYPE, CONTENT_ID, OCCURRED) VALUES (?, ?, ?, ?, ?)")) {
            for (int k = 0; k < keys.length; k++) {
                long key = keys[k];
                if (events.ageDays(key) > retentionDays) {
                    continue;
                }
                insert.setString(1, directory.keyOf(events.endorser(key)));
                insert.setString(2, directory.keyOf(events.endorsed(key)));
                insert.setString(3, type(events.kind(key)).name());
                insert.setString(4, String.valueOf(1_000_000L + events.endorsed(key) * 8L + k % 8));
                insert.setTimestamp(5, Timestamp.from(asOf.minusDays(events.ageDays(key)).atTime(12, 0).toInstant(ZoneOffset.UTC)));
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                    if (rows % COMMIT_EVERY == 0) {
                        connection.commit();
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return rows;
    }

    private static InteractionType type(InteractionKind kind) {
        return TYPES[kind.ordinal()];
    }

    private static String rollupKey(String actor, String target, String type, int day) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String joined = actor + '\u0000' + target + '\u0000' + type + '\u0000' + day;
            return HexFormat.of().formatHex(sha.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
