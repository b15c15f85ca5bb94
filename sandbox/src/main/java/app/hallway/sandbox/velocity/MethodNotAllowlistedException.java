package app.hallway.sandbox.velocity;

/** A template called a plugin method that is not on the plugin's {@code <velocity-allowlist>}. */
public final class MethodNotAllowlistedException extends RuntimeException {
    public MethodNotAllowlistedException(String signature, String where) {
        super("Method needs allowlisting: " + signature + " (called at " + where + ")");
    }
}
