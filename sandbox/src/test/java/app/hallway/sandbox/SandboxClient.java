package app.hallway.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Talks HTTP to a running sandbox node as one of its users. */
final class SandboxClient {
    /** What Confluence's XSRF check asks of every mutating REST call (the sandbox enforces it); scripts send it too. */
    static final String XSRF_HEADER = "X-Atlassian-Token";
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    SandboxClient(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (user != null) {
            request.header("X-Sandbox-User", user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header(XSRF_HEADER, "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("X-Sandbox-User", user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that does not follow redirects, to see them. */
    HttpResponse<String> getNoRedirect(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header(XSRF_HEADER, "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("X-Sandbox-User", user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request as a careless script would send it: without the XSRF header. */
    HttpResponse<String> withoutXsrfHeader(String method, String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            request.header("X-Sandbox-User", user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The id of the page a {@code POST /rest/sandbox/pages} answer names. */
    static long id(HttpResponse<String> created) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        if (!m.find()) {
            throw new AssertionError("No id in " + created.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** The id of the page titled {@code title} in a {@code GET /rest/sandbox/pages} answer. */
    static long pageId(String pagesJson, String title) throws IOException {
        for (com.fasterxml.jackson.databind.JsonNode page : new com.fasterxml.jackson.databind.ObjectMapper().readTree(pagesJson)) {
            if (title.equals(page.path("title").asText())) {
                return page.path("id").asLong();
            }
        }
        throw new AssertionError("No page " + title + " in " + pagesJson);
    }

    static SandboxOptions options(java.nio.file.Path data, String nodeName, boolean demo) {
        return new SandboxOptions(0, data, null, null, null, demo, nodeName, 300);
    }
}
