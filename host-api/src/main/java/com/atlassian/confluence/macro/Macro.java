package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** Mirror of Confluence 10.2's {@code Macro}: an xhtml-macro module's class. */
public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum OutputType { INLINE, BLOCK }

    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }
}
