package app.hallway.sandbox.content;

import java.sql.SQLException;

/** A failed statement on the sandbox's own tables, with its SQLState. */
public final class JdbcException extends RuntimeException {
    private final String sqlState;

    public JdbcException(String sql, SQLException cause) {
        super(cause.getMessage() + " [" + sql + "]", cause);
        this.sqlState = cause.getSQLState() == null ? "" : cause.getSQLState();
    }

    public boolean isConstraintViolation() {
        return sqlState.startsWith(Jdbc.CONSTRAINT_VIOLATION);
    }
}
