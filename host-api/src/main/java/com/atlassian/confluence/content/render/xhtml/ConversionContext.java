package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** Mirror of Confluence 10.2's {@code ConversionContext}, the members Hallway calls. */
public interface ConversionContext {
    ContentEntityObject getEntity();

    /** Lower-case name of a {@link ConversionContextOutputType}: "display", "preview", "pdf", "email"… */
    String getOutputType();

    String getSpaceKey();

    String getOutputDeviceType();

    Object getProperty(String name);

    Object getProperty(String name, Object defaultValue);

    void setProperty(String name, Object value);

    boolean hasProperty(String name);

    boolean isDiffOrEmail();
}
