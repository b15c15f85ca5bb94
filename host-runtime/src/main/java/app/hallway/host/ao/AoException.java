package app.hallway.host.ao;

import java.sql.SQLException;

/** An SQL failure inside Active Objects, unchecked as Confluence's AO plugin reports it. */
public final class AoException extends RuntimeException {
    private final String sqlState;

    public AoException(SQLException cause) {
        super(cause.getMessage(), cause);
        this.sqlState = cause.getSQLState();
    }

    /** The SQLState, e.g. {@code 23505} for a unique-key violation on H2 and PostgreSQL alike. */
    public String sqlState() {
        return sqlState;
    }
}
