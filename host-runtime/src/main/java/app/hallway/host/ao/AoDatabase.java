package app.hallway.host.ao;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * Builds an Active Objects {@link EntityManager} the way Confluence's AO plugin does: Atlassian name
 * converters, the {@code AO_xxxxxx_} table prefix derived from the {@code <ao namespace>}, and a schema
 * configuration that manages only this plugin's tables (the library's default would drop anything else in
 * the schema). Connections come from a HikariCP pool: without one every call opens a new connection.
 */
public final class AoDatabase implements AutoCloseable {
    static {
        // Confluence runs AO under READ COMMITTED; the library's SERIALIZABLE default makes PostgreSQL throw
        // serialization failures on contended find-or-create.
        if (System.getProperty("ao.transaction.isolation.level") == null) {
            System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        }
    }

    private final HikariDataSource pool;
    private final boolean ownsPool;
    private final EntityManager entityManager;
    private final String tablePrefix;

    private AoDatabase(HikariDataSource pool, String namespace) {
        this(pool, namespace, true);
    }

    private AoDatabase(HikariDataSource pool, String namespace, boolean ownsPool) {
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.tablePrefix = tablePrefix(namespace);
        DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(pool, () -> { });
        this.entityManager = new EntityManager(provider(pool.getJdbcUrl(), dataSource), configuration(tablePrefix));
    }

    /** A pooled database at {@code jdbcUrl} (H2 or PostgreSQL) holding the tables of {@code namespace}. */
    public static AoDatabase open(String jdbcUrl, String user, String password, String namespace) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Integer.getInteger("hallway.db.pool", 20));
        config.setPoolName("hallway-ao");
        return new AoDatabase(new HikariDataSource(config), namespace);
    }

    /** Wraps an existing data source (an embedded PostgreSQL in tests) in a pool. */
    public static AoDatabase open(DataSource dataSource, String jdbcUrl, String namespace) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(Integer.getInteger("hallway.db.pool", 20));
        config.setPoolName("hallway-ao");
        return new AoDatabase(new HikariDataSource(config), namespace);
    }

    /**
     * The tables of {@code namespace} over a pool someone else owns and closes: many namespaces (one per test)
     * share one bounded set of connections instead of a pool each.
     */
    public static AoDatabase sharing(HikariDataSource pool, String namespace) {
        return new AoDatabase(pool, namespace, false);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** {@code AO_} and the last six hex digits of the MD5 of the namespace, as Confluence's AO plugin names tables. */
    public String tablePrefix() {
        return tablePrefix;
    }

    static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5).toUpperCase(Locale.ROOT);
            return "AO_" + hex.substring(hex.length() - 6) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }

    private static DatabaseProvider provider(String jdbcUrl, DisposableDataSource dataSource) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return new H2DatabaseProvider(dataSource, "PUBLIC");
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return new PostgreSQLDatabaseProvider(dataSource, "public");
        }
        throw new IllegalArgumentException("Only H2 and PostgreSQL are supported, not " + jdbcUrl);
    }

    private static EntityManagerConfiguration configuration(String prefix) {
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(prefix::concat),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration onlyOurTables = (tableName, caseSensitive) ->
                tableName.toUpperCase(Locale.ROOT).startsWith(prefix);
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return true;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return onlyOurTables;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        };
    }

    @Override
    public void close() {
        if (ownsPool) {
            pool.close();
        }
    }
}
