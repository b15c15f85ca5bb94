package app.hallway.platform;

/**
 * A failure a user can act on, thrown by use cases and turned into the REST contract's
 * {@code {"error", "message"}} answer (or an editor-facing message in a macro). The message is already
 * translated; never a stack trace.
 */
public class HallwayException extends RuntimeException {
    private final Kind kind;
    private final String field;

    public HallwayException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static HallwayException notLoggedIn(String message) {
        return new HallwayException(Kind.NOT_LOGGED_IN, null, message);
    }

    public static HallwayException forbidden(String message) {
        return new HallwayException(Kind.FORBIDDEN, null, message);
    }

    /** Also for content that exists but that this user may not see: Hallway never confirms it exists. */
    public static HallwayException notFound(String message) {
        return new HallwayException(Kind.NOT_FOUND, null, message);
    }

    public static HallwayException invalid(String field, String message) {
        return new HallwayException(Kind.INVALID, field, message);
    }

    public static HallwayException conflict(String message) {
        return new HallwayException(Kind.CONFLICT, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, for {@link Kind#INVALID}; else null. */
    public String field() {
        return field;
    }

    /** What went wrong, with the HTTP status and error code the REST contract gives it. */
    public enum Kind {
        INVALID(400, "invalid"), NOT_LOGGED_IN(401, "not-logged-in"), FORBIDDEN(403, "forbidden"),
        NOT_FOUND(404, "not-found"), CONFLICT(409, "conflict"), TOO_LARGE(413, "too-large");

        private final int status;
        private final String code;

        Kind(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }
}
