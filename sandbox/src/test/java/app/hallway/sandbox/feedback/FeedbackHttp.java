package app.hallway.sandbox.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The feedback REST API over HTTP, as a browser's script calls it (JSON, the sandbox's user header). */
final class FeedbackHttp {
    static final String REST = "/rest/hallway/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    FeedbackHttp(URI base) {
        this.base = base;
    }

    /** One answer: status and body. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    Answer send(String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("X-Sandbox-User", user);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path, String user) {
        return send("GET", path, user, null);
    }

    /** A page in {@code space} created by {@code user}; its id. */
    long page(String user, String space, String title, String storage) {
        Answer created = send("POST", "/rest/sandbox/pages", user, json(
                "{\"space\":%s,\"title\":%s,\"storage\":%s}", space, title, storage));
        if (created.status() >= 300) {
            throw new AssertionError("Could not create page: " + created);
        }
        return created.json().path("id").asLong();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A JSON document from a format whose {@code %s} are filled with JSON-quoted strings. */
    static String json(String format, Object... values) {
        Object[] quoted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            try {
                quoted[i] = values[i] instanceof String s ? JSON.writeValueAsString(s) : String.valueOf(values[i]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.format(format, quoted);
    }
}
