package com.atlassian.plugin.util;

/**
 * Binary stand-in for atlassian-plugins' {@code PluginKeyStack}, which Active Objects asks for the calling
 * plugin's key to tag its metrics. Outside Confluence there is no plugin stack.
 */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
