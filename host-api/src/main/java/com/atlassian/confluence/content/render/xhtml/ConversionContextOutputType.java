package com.atlassian.confluence.content.render.xhtml;

/** Mirror of Confluence 10.2's output types; {@link ConversionContext#getOutputType()} returns their lower-case names. */
public enum ConversionContextOutputType {
    PREVIEW, DISPLAY, WORD, PDF, HTML_EXPORT, FEED, EMAIL, DIFF;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
