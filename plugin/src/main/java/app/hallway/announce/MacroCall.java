package app.hallway.announce;

import java.util.Map;

/**
 * What Confluence hands a macro, without Confluence's types: the page it is on, its instance id, the raw
 * parameters, the rendered body and the output type ("display", "preview", "pdf", "email"…).
 */
public record MacroCall(long contentId, String macroId, Map<String, String> parameters, String bodyHtml, String outputType) {
    public MacroCall {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
        outputType = outputType == null ? "display" : outputType;
    }

    /** Exports (PDF, Word, e-mail, feeds) show the text but no buttons. */
    public boolean interactive() {
        return outputType.equals("display") || outputType.equals("preview");
    }
}
