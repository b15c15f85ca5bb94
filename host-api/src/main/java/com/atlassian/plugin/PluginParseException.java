package com.atlassian.plugin;

/** Mirror of atlassian-plugins' {@code PluginParseException}. */
public class PluginParseException extends PluginException {
    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
