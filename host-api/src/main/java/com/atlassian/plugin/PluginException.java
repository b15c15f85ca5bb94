package com.atlassian.plugin;

/** Mirror of atlassian-plugins' {@code PluginException}. */
public class PluginException extends RuntimeException {
    public PluginException() {
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
