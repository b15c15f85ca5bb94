package com.atlassian.confluence.macro;

/** Mirror of Confluence 10.2's {@code MacroExecutionException}: Confluence shows its message to the editor. */
public class MacroExecutionException extends Exception {
    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
