package app.hallway.sandbox;

import java.nio.file.Path;

/**
 * The command line: {@code --port 8090}, {@code --data DIR} (H2 files), {@code --db URL --db-user U
 * --db-password P} (PostgreSQL instead), {@code --no-demo}, {@code --node-name NAME}.
 */
public record SandboxOptions(int port, Path dataDirectory, String jdbcUrl, String dbUser, String dbPassword, boolean demo,
                             String nodeName, int employees) {
    public static final String USAGE = "java -jar hallway-sandbox.jar [--port 8090] [--data ./hallway-data]"
            + " [--db jdbc:postgresql://host:5432/db --db-user U --db-password P] [--no-demo] [--node-name NAME]";

    public static SandboxOptions defaults() {
        return new SandboxOptions(8090, Path.of("hallway-data"), null, null, null, true, "node-1", 300);
    }

    public static SandboxOptions parse(String... args) {
        SandboxOptions o = defaults();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--no-demo" -> o = o.withDemo(false);
                case "--port" -> o = new SandboxOptions(Integer.parseInt(value(args, ++i, flag)), o.dataDirectory, o.jdbcUrl,
                        o.dbUser, o.dbPassword, o.demo, o.nodeName, o.employees);
                case "--data" -> o = new SandboxOptions(o.port, Path.of(value(args, ++i, flag)), o.jdbcUrl, o.dbUser, o.dbPassword,
                        o.demo, o.nodeName, o.employees);
                case "--db" -> o = new SandboxOptions(o.port, o.dataDirectory, value(args, ++i, flag), o.dbUser, o.dbPassword,
                        o.demo, o.nodeName, o.employees);
                case "--db-user" -> o = new SandboxOptions(o.port, o.dataDirectory, o.jdbcUrl, value(args, ++i, flag), o.dbPassword,
                        o.demo, o.nodeName, o.employees);
                case "--db-password" -> o = new SandboxOptions(o.port, o.dataDirectory, o.jdbcUrl, o.dbUser, value(args, ++i, flag),
                        o.demo, o.nodeName, o.employees);
                case "--node-name" -> o = new SandboxOptions(o.port, o.dataDirectory, o.jdbcUrl, o.dbUser, o.dbPassword, o.demo,
                        value(args, ++i, flag), o.employees);
                default -> throw new IllegalArgumentException("Unknown option " + flag + "\nUsage: " + USAGE);
            }
        }
        return o;
    }

    public SandboxOptions withDemo(boolean demo) {
        return new SandboxOptions(port, dataDirectory, jdbcUrl, dbUser, dbPassword, demo, nodeName, employees);
    }

    /** The JDBC URL to use: {@code --db}, or an H2 file database under {@code --data} that a second node may share. */
    public String effectiveJdbcUrl() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("hallway") + ";AUTO_SERVER=TRUE";
    }

    public String effectiveUser() {
        return dbUser != null ? dbUser : jdbcUrl == null ? "sa" : null;
    }

    public String effectivePassword() {
        return dbPassword != null ? dbPassword : jdbcUrl == null ? "" : null;
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value\nUsage: " + USAGE);
        }
        return args[index];
    }
}
