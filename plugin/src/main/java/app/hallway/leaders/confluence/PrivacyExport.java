package app.hallway.leaders.confluence;

import app.hallway.leaders.MyData;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of {@code GET /privacy/me}: the opinion-leader report's data at the top level (where the privacy page
 * has always read it), and each other feature's part under its name ({@code "feedback": {…}}). Immutable.
 */
public final class PrivacyExport {
    private final MyData report;
    private final Map<String, Object> parts;

    PrivacyExport(MyData report, Map<String, Object> parts) {
        this.report = report;
        this.parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    @JsonUnwrapped
    public MyData getReport() {
        return report;
    }

    @JsonAnyGetter
    public Map<String, Object> getParts() {
        return parts;
    }
}
