package app.hallway.sandbox.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Starts an opinion-leader report on the demo colleagues' activity, so that a newcomer who opens the report finds
 * one: the request HR would make with *Compute for this period* on the longest period, through the plugin's REST
 * API as {@code hana}, once, when no report has been computed yet. Only {@code java -jar} does this; tests start
 * their nodes without it.
 */
public final class DemoReport {
    private static final String COMPUTATIONS = "rest/hallway/1.0/leaders/computations";

    private DemoReport() {
    }

    /** @return what happened, for the start-up line */
    public static String computeIfNone(URI base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> latest = http.send(asHr(at(base, COMPUTATIONS + "/latest")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (latest.statusCode() != 404) {
            return "an opinion-leader report is already there";
        }
        // No dates: the plugin takes the longest period ending on its own today, whatever the server's time zone.
        HttpResponse<String> started = http.send(asHr(at(base, COMPUTATIONS))
                .header("Content-Type", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        return started.statusCode() == 202
                ? "computing the opinion-leader report for the longest period up to today"
                : "could not start the demo's opinion-leader report (" + started.statusCode() + "): " + started.body();
    }

    private static URI at(URI base, String path) {
        String root = base.toString();
        return URI.create(root.endsWith("/") ? root + path : root + "/" + path);
    }

    private static HttpRequest.Builder asHr(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("X-Sandbox-User", "hana")
                .header("Accept", "application/json");
    }
}
