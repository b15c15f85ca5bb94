package app.hallway.sandbox.plugin;

/** The plugin cannot be wired: a missing host component, a missing constructor argument, a cycle. */
public final class ContainerException extends RuntimeException {
    public ContainerException(String message) {
        super(message);
    }

    public ContainerException(String message, Throwable cause) {
        super(message, cause);
    }
}
