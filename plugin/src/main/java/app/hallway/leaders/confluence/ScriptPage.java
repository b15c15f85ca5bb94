package app.hallway.leaders.confluence;

import app.hallway.platform.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page driven by a script needs from the server: where the REST API and the script are, and the labels
 * the script shows, in the viewer's language (so the script needs no i18n channel of its own). The page views
 * delegate to it; templates never see it.
 */
final class ScriptPage {
    /** Download resources of the {@code hallway-leaders} web resource; {@code app.hallway} is the plugin key. */
    static final String WEB_RESOURCES = "/download/resources/app.hallway:hallway-leaders/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String contextPath;
    private final String script;
    private final String messagesJson;

    ScriptPage(String contextPath, String script, Texts texts, List<String> messageKeys) {
        this.contextPath = contextPath == null ? "" : contextPath;
        this.script = script;
        Map<String, String> messages = new LinkedHashMap<>();
        for (String key : messageKeys) {
            messages.put(key, texts.get(key));
        }
        try {
            this.messagesJson = JSON.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String restBase() {
        return contextPath + "/rest/hallway/1.0";
    }

    String scriptUrl() {
        return contextPath + WEB_RESOURCES + script;
    }

    String styleUrl() {
        return contextPath + WEB_RESOURCES + "leaders.css";
    }

    String contextPath() {
        return contextPath;
    }

    String messagesJson() {
        return messagesJson;
    }
}
