package app.hallway.sandbox.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a browser test prepares over HTTP before it opens the browser: pages, and other people's doings. */
final class SandboxSetup {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    SandboxSetup(URI base) {
        this.base = base;
    }

    /** A page saved by {@code user} from storage format (creating it, or a new version of the same title); its id. */
    long page(String user, String space, String title, String storage) {
        return send("POST", "/rest/sandbox/pages", user, Map.of("space", space, "title", title, "storage", storage)).path("id").asLong();
    }

    /**
     * The page {@code id} as {@code user} sees it, as Confluence shows an author the page they just published:
     * an announcement macro registers on that first view, so the feed lists it only after.
     */
    void view(String user, long id) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/pages/" + id))
                    .header("X-Sandbox-User", user).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /pages/" + id + " as " + user + ": " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON call as {@code user}, with the XSRF header a script sends; fails unless it succeeds. */
    JsonNode send(String method, String path, String user, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("X-Atlassian-Token", "no-check")
                    .header("X-Sandbox-User", user);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new AssertionError(method + " " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
