package app.hallway.announce;

import java.util.Map;

/**
 * What Confluence hands a macro, without Confluence's types: the page it is on, its instance id, the raw
 * parameters, the rendered body, the output type ("display", "preview", "pdf", "email"…) and who wrote the
 * page.
 *
 * @param editorKey the page's last modifier (who saved the version being rendered), or null
 * @param authorKey the page's creator, or null
 */
public record MacroCall(long contentId, String macroId, String spaceKey, Map<String, String> parameters, String bodyHtml,
                       String outputType, String editorKey, String authorKey) {
    public MacroCall {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        bodyHtml = bodyHtml == null ? "" : bodyHtml;
        outputType = outputType == null ? "display" : outputType;
        spaceKey = spaceKey == null ? "" : spaceKey;
    }

    /** Exports (PDF, Word, e-mail, feeds) show the text but no buttons. */
    public boolean interactive() {
        return outputType.equals("display") || outputType.equals("preview");
    }

    /** The editor's preview: whoever sees it is editing the page. */
    public boolean preview() {
        return outputType.equals("preview");
    }

    /**
     * True when this call may record the instance: a saved page viewed normally. Previews show what the
     * editor is still typing and exports happen after the page view that registered it.
     */
    public boolean registers() {
        return outputType.equals("display") && contentId > 0 && macroId != null && !macroId.isBlank();
    }
}
