package app.hallway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.sandbox.demo.DemoReport;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar}'s demo greets a newcomer with a computed opinion-leader report, and starts it only once. */
class DemoReportTest {
    @TempDir
    static Path data;
    static SandboxNode node;
    static SandboxClient client;

    @BeforeAll
    static void start() throws Exception {
        node = SandboxNode.start(SandboxClient.options(data, "demo-node", true));
        client = new SandboxClient(node.baseUri());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void theDemoReportIsComputedOnceOnTheDemoActivity() throws Exception {
        assertTrue(DemoReport.computeIfNone(node.baseUri()).equals("computing the opinion-leader report for the longest period up to today"));

        String state = "";
        for (int attempt = 0; attempt < 300 && !state.contains("\"DONE\""); attempt++) {
            state = client.get("/rest/hallway/1.0/leaders/computations/latest", "hana").body();
            if (!state.contains("\"DONE\"")) {
                Thread.sleep(100);
            }
        }
        assertTrue(state.contains("\"DONE\""), state);
        HttpResponse<String> report = client.get("/rest/hallway/1.0/leaders", "hana");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("\"band\""), "the demo's popular authors are ranked: " + report.body());

        assertEquals("an opinion-leader report is already there", DemoReport.computeIfNone(node.baseUri()));
    }
}
